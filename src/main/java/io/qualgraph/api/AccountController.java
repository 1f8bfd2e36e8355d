package io.qualgraph.api;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.qualgraph.accounts.AccountAnswer;
import io.qualgraph.accounts.AccountQualification;
import io.qualgraph.accounts.AccountRanking;
import io.qualgraph.accounts.ContactScoring;
import io.qualgraph.accounts.CurrentAccountAnswers;
import io.qualgraph.rescore.ScoreHistory;
import io.qualgraph.rescore.ScoreSnapshot;
import io.qualgraph.entity.Families;
import io.qualgraph.scoring.ContactScore;
import io.qualgraph.scoring.Grade;
import io.qualgraph.scoring.Outcome;
import io.qualgraph.scoring.ReasonSummary;
import io.qualgraph.scoring.Tier;
import io.qualgraph.prediction.Prediction;
import io.qualgraph.prediction.Predictions;
import io.qualgraph.support.AsOf;
import io.qualgraph.support.Paging;
import io.qualgraph.support.Problem;
import io.qualgraph.support.Vocabulary;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Account and contact scores, the ranked list and score history (sales, compliance, admin). */
@RestController
class AccountController {

    private static final int MAX_HISTORY = 1000;

    private final AccountQualification accounts;
    private final AccountRanking ranking;
    private final ContactScoring contacts;
    private final ScoreHistory history;
    private final Families families;
    private final Clock clock;

    private final Predictions predictions;

    private final CurrentAccountAnswers current;
    private final JsonMapper json;

    AccountController(AccountQualification accounts, AccountRanking ranking, ContactScoring contacts,
            ScoreHistory history, Families families, Predictions predictions, Clock clock,
            CurrentAccountAnswers current, JsonMapper json) {
        this.current = current;
        this.json = json;
        this.predictions = predictions;
        this.accounts = accounts;
        this.ranking = ranking;
        this.contacts = contacts;
        this.history = history;
        this.families = families;
        this.clock = clock;
    }

    /**
     * An account's qualification, its score by part (adding up to it), the summary of its reasons and, while a
     * predictive model is active, its prediction beside the rules.
     */
    record ScoredAccount(@JsonUnwrapped AccountAnswer account, List<ReasonSummary.Part> breakdown,
            List<ReasonSummary.Line> summary, Prediction prediction) {
    }

    /** How much of the ledger an answer carries: each contact's events of a type in one row, or every row. */
    enum Ledger { CONDENSED, FULL }

    @GetMapping("/api/accounts/{id}/score")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ScoredAccount.class)))
    ResponseEntity<byte[]> score(@PathVariable String id, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String reasons) {
        Ledger ledger = reasons == null ? Ledger.CONDENSED : Vocabulary.parse(Ledger.class, reasons, "reasons");
        Instant at = AsOf.parseOr(asOf, "asOf", false, null);
        CurrentAccountAnswers.Served served = at == null ? current.now(id)
                : CurrentAccountAnswers.Served.of(accounts.account(id, at));
        byte[] body = served.rendered(ledger, s -> json.writeValueAsBytes(scored(s, ledger)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /**
     * The answer as served, rendered once per kept answer: the prediction beside it depends only on the answer and the
     * predictive model in force, whose activation ends the reuse of every answer.
     */
    private ScoredAccount scored(CurrentAccountAnswers.Served served, Ledger ledger) {
        AccountAnswer answer = served.full();
        return new ScoredAccount(ledger == Ledger.FULL ? answer : served.condensed(), served.breakdown(), served.summary(),
                predictions.forAccount(answer, answer.asOf()).orElse(null));
    }

    @GetMapping("/api/accounts")
    AccountRanking.Page ranked(@RequestParam(required = false) String tier, @RequestParam(required = false) String grade,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) Double minScore,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String asOf) {
        var filters = new AccountRanking.Filters(oneOf("tier", tier, Tier.class), oneOf("grade", grade, Grade.class),
                oneOf("outcome", outcome, Outcome.class), minScore);
        if (minScore != null && (minScore < 0 || minScore > 100 || minScore.isNaN())) {
            throw Problem.invalid("minScore", "must be between 0 and 100");
        }
        Instant at = AsOf.parseOr(asOf, "asOf", false, null);
        return ranking.page(filters, page, size, at);
    }

    @GetMapping("/api/accounts/{id}/history")
    List<ScoreSnapshot> history(@PathVariable String id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "50") int limit) {
        Paging.limit("limit", limit, MAX_HISTORY);
        Instant start = AsOf.parseOr(from, "from", true, AsOf.EARLIEST);
        Instant end = AsOf.parseOr(to, "to", false, AsOf.LATEST);
        if (start.isAfter(end)) {
            throw Problem.invalid("from", "must not be after to");
        }
        String accountId = families.familyOf(id, clock.instant()).map(Families.Family::ultimateParentId)
                .orElseThrow(() -> Problem.notFound("legal entity", id));
        return history.of(accountId, start, end, limit);
    }

    @GetMapping("/api/contacts/{id}/score")
    ContactScore contact(@PathVariable String id, @RequestParam(required = false) String asOf) {
        return contacts.contact(id, AsOf.parse(asOf, clock));
    }

    private static <E extends Enum<E>> E oneOf(String field, String value, Class<E> vocabulary) {
        if (value == null) {
            return null;
        }
        List<String> allowed = Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).sorted().toList();
        if (!allowed.contains(value)) {
            throw Problem.invalid(field, "must be one of " + allowed + ", was '" + value + "'");
        }
        return Enum.valueOf(vocabulary, value);
    }
}

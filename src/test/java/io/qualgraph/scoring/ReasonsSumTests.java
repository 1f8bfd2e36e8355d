package io.qualgraph.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property: on random accounts and contacts, the reasons always add up exactly to a score in 0..100. */
class ReasonsSumTests {

    private static final ScoringModel MODEL = Models.defaultModel();

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 7919L * i + 17);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void reasons_add_up_to_the_account_and_contact_scores(long seed) {
        Random random = new Random(seed);
        List<Signals.Contact> contacts = new ArrayList<>();
        for (int c = 0; c < random.nextInt(8); c++) {
            contacts.add(randomContact(random, "C" + c));
        }
        List<Signals.Intent> intent = new ArrayList<>();
        for (int i = 0; i < random.nextInt(6); i++) {
            intent.add(new Signals.Intent("I" + i, "E1", "topic" + i, random.nextDouble(),
                    Fixtures.AS_OF.minus(Duration.ofHours(random.nextInt(24 * 120)))));
        }
        String[] industries = {"Software", "Banking", "Retail", null, "Unknown"};
        Signals.Account account = new Signals.Account("E1", "Random", new Signals.Firmographics(
                industries[random.nextInt(industries.length)], random.nextBoolean() ? "DE" : "BR",
                random.nextInt(20000), random.nextBoolean()), contacts, intent);
        AccountScore score = AccountScorer.score(account, MODEL, Fixtures.AS_OF);
        assertThat(Fixtures.sum(score.reasons())).isEqualTo(score.score());
        assertThat(score.score()).isBetween(0.0, 100.0);
        for (Signals.Contact contact : contacts) {
            ContactScore contactScore = ContactScorer.score(contact, MODEL, Fixtures.AS_OF);
            assertThat(Fixtures.sum(contactScore.reasons())).isEqualTo(contactScore.score());
            assertThat(contactScore.score()).isBetween(0.0, 100.0);
        }
    }

    private static Signals.Contact randomContact(Random random, String id) {
        List<Signals.Event> events = new ArrayList<>();
        EngagementType[] types = EngagementType.values();
        for (int e = 0; e < random.nextInt(60); e++) {
            events.add(new Signals.Event(id + "-" + e, types[random.nextInt(types.length)],
                    Fixtures.AS_OF.minus(Duration.ofHours(random.nextInt(24 * 200) - 48))));
        }
        Set<CommitteeRole> roles = EnumSet.noneOf(CommitteeRole.class);
        CommitteeRole[] all = CommitteeRole.values();
        for (int r = 0; r < random.nextInt(3); r++) {
            roles.add(all[random.nextInt(all.length)]);
        }
        String[] domains = {"acme.de", "gmail.com", "uni-bonn.de", "leadgraph.io", "ox.ac.uk"};
        Seniority[] seniorities = Seniority.values();
        return new Signals.Contact(id, "Name " + id, id + "@" + domains[random.nextInt(domains.length)],
                seniorities[random.nextInt(seniorities.length)], random.nextBoolean() ? "IT" : "Marketing", "E1",
                random.nextInt(10000), List.of("E1"), events, roles);
    }
}

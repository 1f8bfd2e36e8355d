package io.qualgraph.api;

import java.util.List;

import io.qualgraph.risk.Review;
import io.qualgraph.risk.ReviewService;
import io.qualgraph.support.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The compliance review trail (compliance and admin): record decisions, read history and the queue. */
@RestController
class ReviewController {

    private static final int MAX_LIMIT = 1000;

    /** A decision as posted. */
    record ReviewRequest(String entityId, String decision, String reason) {
    }

    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @PostMapping("/api/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    Review record(@RequestBody ReviewRequest request, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return reviews.record(request.entityId(), request.decision(), request.reason(), caller.name());
    }

    @GetMapping("/api/reviews")
    List<Review> history(@RequestParam String entity, @RequestParam(defaultValue = "100") int limit) {
        return reviews.history(entity, checked(limit));
    }

    @GetMapping("/api/reviews/queue")
    List<ReviewService.QueueItem> queue(@RequestParam(defaultValue = "100") int limit) {
        return reviews.queue(checked(limit));
    }

    private static int checked(int limit) {
        return Paging.limit("limit", limit, MAX_LIMIT);
    }
}

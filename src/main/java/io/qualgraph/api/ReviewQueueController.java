package io.qualgraph.api;

import java.util.List;

import io.qualgraph.risk.ReviewQueueFamilies;
import io.qualgraph.support.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue grouped by corporate family, with the evidence of each open review (compliance and admin). */
@RestController
class ReviewQueueController {

    private static final int MAX_LIMIT = 500;

    private final ReviewQueueFamilies families;

    ReviewQueueController(ReviewQueueFamilies families) {
        this.families = families;
    }

    @GetMapping("/api/reviews/queue/families")
    List<ReviewQueueFamilies.Group> byFamily(@RequestParam(defaultValue = "100") int limit) {
        return families.groups(Paging.limit("limit", limit, MAX_LIMIT));
    }
}

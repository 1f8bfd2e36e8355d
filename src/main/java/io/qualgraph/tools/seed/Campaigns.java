package io.qualgraph.tools.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The marketing e-mail calendar: a send every one to two weeks; opens and clicks follow a send. */
final class Campaigns {

    private static final List<String> TOPICS = List.of("newsletter", "product update", "webinar invitation",
            "customer story", "industry report", "event invitation", "pricing update");

    private final List<Instant> sends = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();

    Campaigns(Rand rand, LocalDate from, LocalDate to) {
        for (LocalDate day = from.plusDays(rand.between(1, 7)); day.isBefore(to); day = day.plusDays(rand.between(7, 16))) {
            sends.add(Dates.startOf(day).plusSeconds(rand.between(7, 10) * 3600L));
            topics.add(rand.pick(TOPICS));
        }
    }

    int pick(Rand rand) {
        return (int) rand.below(sends.size());
    }

    /** The latest send before {@code at}, or -1. */
    int before(long at) {
        int found = -1;
        for (int i = 0; i < sends.size() && sends.get(i).getEpochSecond() < at; i++) {
            found = i;
        }
        return found;
    }

    long sentAt(int index) {
        return sends.get(index).getEpochSecond();
    }

    String topic(int index) {
        return topics.get(index);
    }
}

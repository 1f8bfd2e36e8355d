package io.qualgraph.ingest.sources.bods;

import io.qualgraph.ingest.sources.Json;
import tools.jackson.databind.JsonNode;

/**
 * BODS share objects (percentages) to fractions: exact, or minimum/exclusiveMinimum and maximum/exclusiveMaximum; an
 * exclusive bound becomes the next double inside it, so "more than 50%" stays more than half (and controls).
 */
final class BodsShares {

    private BodsShares() {
    }

    static Double exact(JsonNode interest) {
        return fraction(Json.number(interest, "share/exact"));
    }

    static Double min(JsonNode interest) {
        Double min = fraction(Json.number(interest, "share/minimum"));
        Double exclusive = fraction(Json.number(interest, "share/exclusiveMinimum"));
        return min != null ? min : exclusive == null ? null : Math.nextUp(exclusive);
    }

    static Double max(JsonNode interest) {
        Double max = fraction(Json.number(interest, "share/maximum"));
        Double exclusive = fraction(Json.number(interest, "share/exclusiveMaximum"));
        return max != null ? max : exclusive == null ? null : Math.nextDown(exclusive);
    }

    static Double exactOrMin(JsonNode interest) {
        return exact(interest) != null ? exact(interest) : min(interest);
    }

    private static Double fraction(Double percent) {
        return percent == null ? null : percent / 100;
    }
}

package io.qualgraph.tools.seed;

import io.qualgraph.scoring.EngagementType;

/** One engagement event of a family's contact (index into the family's contact list), at epoch seconds. */
record Ev(int contact, EngagementType type, long at, String topic, String channel) {

    boolean positive() {
        return type != EngagementType.CAREERS_PAGE_VISIT && type != EngagementType.UNSUBSCRIBE;
    }
}

package io.qualgraph.scoring;

/** Behavioural events we record for a contact (DESIGN §4 vocabulary; add, never rename). */
public enum EngagementType {
    PAGE_VISIT, PRICING_PAGE_VISIT, CASE_STUDY_VIEW, BLOG_VIEW, CAREERS_PAGE_VISIT, EMAIL_OPEN, EMAIL_CLICK,
    CONTENT_DOWNLOAD, WEBINAR_ATTENDED, DEMO_REQUEST, TRIAL_SIGNUP, FORM_SUBMIT, PRODUCT_LOGIN, MEETING_HELD,
    UNSUBSCRIBE
}

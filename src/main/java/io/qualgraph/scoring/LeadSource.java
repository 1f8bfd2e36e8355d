package io.qualgraph.scoring;

/** Where a lead came from (bundle and API vocabulary; more may be added, none renamed). */
public enum LeadSource {
    INBOUND_FORM, WEB, WEBINAR, EVENT, CONTENT_DOWNLOAD, TRIAL, CHAT, REFERRAL, PARTNER, OUTBOUND, PAID_MEDIA,
    LIST_IMPORT, CRM_IMPORT, OTHER
}

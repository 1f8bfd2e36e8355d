package io.qualgraph.risk;

/** What a KYC list or source says about a person or entity (DESIGN §4 vocabulary). */
public enum RiskFlagType {
    SANCTIONED, PEP, ADVERSE_MEDIA, WATCHLIST, ENFORCEMENT
}

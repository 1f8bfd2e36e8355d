package io.qualgraph.scoring;

/** A contact's seniority as the source system states it (DESIGN §4 vocabulary). */
public enum Seniority {
    C_LEVEL, VP, DIRECTOR, MANAGER, INDIVIDUAL, INTERN, STUDENT
}

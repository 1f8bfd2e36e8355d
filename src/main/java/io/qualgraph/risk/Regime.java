package io.qualgraph.risk;

/** How stakes of blocked parties make an entity blocked. */
public enum Regime {
    /** OFAC 50 Percent Rule / EU 2024 guidance: stakes of all blocked parties added up reach 50%. */
    AGGREGATE,
    /** UK style: one blocked party holds more than 50%, nothing summed across parties. */
    SINGLE_OWNER
}

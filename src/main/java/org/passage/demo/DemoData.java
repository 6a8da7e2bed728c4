package org.passage.demo;

/**
 * The demo data, step by step, in the one order it is seeded: each step needs only what the steps above it
 * made. Adding demo data means adding a step here, where the order is plain to see.
 */
public enum DemoData {

    /** The datasets of the catalogue still missing, loaded from ../shared/data when it is there; the console names the rest. */
    DATASETS,
    /** The demo organizations (Ark Demo, Forest Demo, Birch Demo) and their staff accounts, with one-time passwords. */
    ACCOUNTS,
    /** Invented people across the journey stages, assigned to the staff of the accounts step. */
    CASES,
    /**
     * About 500 more cases over the last two years in the three organizations: synthetic names from a small list
     * (seed 14), so that statistics, lists and paging show what they are for; the steps below give them journeys.
     */
    CROWD,
    /** The journey log of those cases, up to the stage each case is at. */
    JOURNEYS,
    /** Daily check-in schedules for the cases on the move, one of them overdue. */
    CHECK_INS,
    /** Each organization's register of country risks. */
    RISK_REGISTER,
    /** Sealed evidence on some cases. */
    EVIDENCE,
    /** The two demo organizations as each other's partners, and one outside partner. */
    PARTNERS,
    /** A small OFAC sanctions list, so screening has something to find. */
    SANCTIONS_LIST,
    /** The curated units with their positions, garrisons, sanction links and demo incidents. */
    UNITS,
    /** Service history and findings on cases, against the units of the step above. */
    VETTING,
    /** One case whose vetting two people signed off. */
    CONFIRMED_VETTING
}

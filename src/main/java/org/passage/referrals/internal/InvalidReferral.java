package org.passage.referrals.internal;

import java.util.Map;

/** A referral form refused: each field at fault with the message key saying why. Nothing was stored. */
class InvalidReferral extends RuntimeException {

    private final Map<String, String> problems;

    InvalidReferral(Map<String, String> problems) {
        super("invalid referral: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    Map<String, String> problems() {
        return problems;
    }
}

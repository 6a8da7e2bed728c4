package org.passage.referrals.internal;

import java.util.Map;

/**
 * An answer recorded by hand refused (a decline without a reason). Carries the referral, already found to be
 * the reader's, so that the case's referrals page can be shown again with the error beside the form.
 */
class InvalidAnswer extends InvalidReferral {

    private final transient Referral referral;

    InvalidAnswer(Referral referral, Map<String, String> problems) {
        super(problems);
        this.referral = referral;
    }

    Referral referral() {
        return referral;
    }
}

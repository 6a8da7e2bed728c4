package org.passage.referrals.internal;

/** How the person gave his consent to the referral. */
public enum ConsentMethod {
    IN_PERSON, PHONE, MESSENGER, WRITTEN;

    public String messageKey() {
        return "referrals.consent.method." + name();
    }
}

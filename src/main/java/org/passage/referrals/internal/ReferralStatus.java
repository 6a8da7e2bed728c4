package org.passage.referrals.internal;

/** Where a referral stands. Only a pending referral may be answered or withdrawn. */
public enum ReferralStatus {
    PENDING, ACCEPTED, DECLINED, WITHDRAWN;

    public String messageKey() {
        return "referrals.status." + name();
    }
}

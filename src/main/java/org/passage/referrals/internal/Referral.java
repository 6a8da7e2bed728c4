package org.passage.referrals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;

/**
 * One referral as stored, without its sealed parts (summary, who consented): those are opened only for the
 * side entitled to them. {@code acceptedCaseId} is a case of the receiving organization.
 */
public record Referral(UUID id, UUID organizationId, CaseId caseId, UUID partnerId, @Nullable UUID toOrganizationId,
                List<SummaryField> fields, LocalDate consentOn, ConsentMethod consentMethod, List<SummaryField> consentFields,
                ReferralStatus status, Instant referredAt, UUID referredBy, @Nullable Instant answeredAt,
                @Nullable String declineReason, @Nullable UUID acceptedCaseId) {

    public boolean external() {
        return toOrganizationId == null;
    }

    public boolean pending() {
        return status == ReferralStatus.PENDING;
    }
}

-- Who consented, a decline reason and the summary of a referral to an external partner are about the referring
-- organization's case: they are sealed under the case's key (issue 16), so erasing the case makes them unreadable. The
-- application re-seals older values at startup. A summary sent to another organization on this installation stays
-- sealed under that organization's key (its own copy, received with consent): summary_case_id is empty for those, and
-- erasing the referring case withdraws such a referral still pending and empties its summary (ReferralsOfErasedCases).
alter table referrals add column summary_case_id uuid generated always as
    (case when key_organization_id = organization_id then case_id end) stored;
alter table referrals alter column summary drop not null;

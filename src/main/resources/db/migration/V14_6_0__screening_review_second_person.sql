-- A decision on a screening hit is signed by two people, as a vetting decision is: a wrong "not him" clears a listed
-- person for his visa. The first member's decision is a proposal ('PROPOSED'); a second member of the organization with
-- a reviewer's role confirms it ('CONFIRMED') or rejects it ('REJECTED'); only a confirmed decision counts. Decisions
-- taken before this rule were taken by one person and stay so ('ALONE'): they count as they did, and the pages say that
-- one person took them, never that a second one confirmed them.
alter table screening_review add column sign_off text not null default 'ALONE'
    check (sign_off in ('ALONE', 'PROPOSED', 'CONFIRMED', 'REJECTED'));
-- from now on every insert says what it is
alter table screening_review alter column sign_off drop default;
alter table screening_review add column second_by uuid;
alter table screening_review add column second_at timestamptz;
-- the second member's reason (sealed under the case's key, as the first one's)
alter table screening_review add column second_reason bytea;
-- what Passage could not rule out about the second sign-off (the same network address, a browser both used)
alter table screening_review add column second_flags text[] not null default '{}';
-- the two-person rule in the database too: nobody signs his own proposal
alter table screening_review add constraint screening_review_second_person check (second_by is null or second_by <> decided_by);
alter table screening_review add constraint screening_review_second_signed
    check ((sign_off in ('CONFIRMED', 'REJECTED')) = (second_by is not null and second_at is not null));
-- its second sign-off is flagged for the organization's admins like a vetting decision's
alter table sign_off_flags drop constraint sign_off_flags_record_type_check;
alter table sign_off_flags add constraint sign_off_flags_record_type_check
    check (record_type in ('vetting_decision', 'deletion_record', 'screening_review'));

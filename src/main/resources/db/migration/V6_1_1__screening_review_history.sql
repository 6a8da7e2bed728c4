-- Screening reviews keep their history: a later decision on the same hit is a new row instead of replacing the
-- earlier one, so who decided what, when and why stays on record; the newest row of a hit is the decision that counts.
alter table screening_review drop constraint screening_review_one_per_hit;
create index screening_review_by_hit on screening_review (case_id, list, entity_id, decided_at desc);

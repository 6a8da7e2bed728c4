-- Which listed entity a case resembled is personal data about the applicant (issue 16): the entity's id is sealed under
-- the case's key (entity), and the lookups of re-screening and de-duplication use a keyed HMAC of it under the
-- organization's index key (entity_index), emptied when the case is erased. SQL cannot seal: the ids written before are
-- moved aside to entity_id_plaintext, which the application seals, indexes and empties at startup.
alter table screening_alert rename column entity_id to entity_id_plaintext;
alter table screening_alert alter column entity_id_plaintext drop not null;
alter table screening_alert add column entity bytea;
alter table screening_alert add column entity_index bytea;
alter table screening_alert drop constraint screening_alert_once;
-- a re-run of the same re-screening raises nothing twice
create unique index screening_alert_once on screening_alert (case_id, list, list_version, entity_index);

alter table screening_review rename column entity_id to entity_id_plaintext;
alter table screening_review alter column entity_id_plaintext drop not null;
alter table screening_review add column entity bytea;
alter table screening_review add column entity_index bytea;
drop index screening_review_by_hit;
create index screening_review_by_hit on screening_review (case_id, list, entity_index, decided_at desc);

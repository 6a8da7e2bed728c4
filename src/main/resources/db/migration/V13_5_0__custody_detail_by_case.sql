-- A custody link's detail (purpose, recipient, result) is about one person's case: it is sealed under the case's key, so
-- that erasing the case makes it unreadable (issue 16). The link names its case for that. Details sealed earlier under
-- the organization's key are re-sealed by the application at startup, which the chain must survive: each link's hash
-- covers the SHA-256 of the detail as first written, kept in detail_sha256 by the trigger when the detail is re-sealed.
-- The table stays append-only otherwise: no delete, and no update of anything but a non-empty detail.
alter table evidence_custody add column case_id uuid;
alter table evidence_custody add column detail_sha256 text check (detail_sha256 ~ '^[0-9a-f]{64}$');

alter table evidence_custody disable trigger evidence_custody_append_only;
update evidence_custody c set case_id = i.case_id from evidence_items i where i.id = c.evidence_id;
alter table evidence_custody enable trigger evidence_custody_append_only;
alter table evidence_custody alter column case_id set not null;
create index evidence_custody_of_case on evidence_custody (case_id);

create function evidence_custody_reseal_only() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' or old.detail is null or new.detail is null
       or (new.id, new.evidence_id, new.organization_id, new.position, new.occurred_at, new.actor, new.action, new.previous_hash,
           new.hash, new.case_id) is distinct from
          (old.id, old.evidence_id, old.organization_id, old.position, old.occurred_at, old.actor, old.action, old.previous_hash,
           old.hash, old.case_id)
       or new.detail_sha256 is distinct from old.detail_sha256 and new.detail_sha256 is distinct from encode(sha256(old.detail), 'hex') then
        raise exception 'the chain of custody is append-only: this % on % is not allowed (only re-sealing a detail is)', tg_op, tg_table_name;
    end if;
    -- the chain hashed the detail as first written: keep its digest once the bytes change
    new.detail_sha256 := coalesce(old.detail_sha256, encode(sha256(old.detail), 'hex'));
    return new;
end
$$;

drop trigger evidence_custody_append_only on evidence_custody;
create trigger evidence_custody_append_only before update or delete on evidence_custody
    for each row execute function evidence_custody_reseal_only();

-- Evidence items of a case (Berkeley Protocol): the SHA-256 of the original bytes, who captured it and when,
-- and the original itself, unaltered, sealed (as base64 text, since sealing works on text). Label, URL, file
-- name and note are sealed too (they may name a person or a place); kind, hash, size and times stay plaintext
-- for lists and checks. Items are never deleted, and only their sealed columns may change (key rotation
-- re-encrypts them); everything a court would rely on is frozen by the trigger below.
create table evidence_items (
    id                uuid primary key,
    case_id           uuid        not null references cases (id),
    organization_id   uuid        not null,
    kind              text        not null check (kind in ('WEB_PAGE', 'DOCUMENT', 'PHOTO', 'VIDEO', 'WITNESS_STATEMENT',
                                                           'OFFICIAL_RECORD', 'OTHER')),
    label             bytea       not null,
    url               bytea,
    sha256            text        check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes        bigint      not null check (size_bytes >= 0),
    media_type        text,
    file_name         bytea,
    content           bytea,
    captured_at       timestamptz not null,
    captured_by       text        not null,
    stored_at         timestamptz not null,
    identifies_source boolean     not null,
    note              bytea,
    check ((content is null) = (sha256 is null)),
    check (content is not null or url is not null)
);
create index evidence_items_by_case on evidence_items (case_id, stored_at desc);

create function evidence_item_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'evidence is kept: DELETE on % is not allowed', tg_table_name;
    end if;
    if (new.id, new.case_id, new.organization_id, new.kind, new.sha256, new.size_bytes, new.media_type, new.captured_at,
        new.captured_by, new.stored_at, new.identifies_source)
       is distinct from
       (old.id, old.case_id, old.organization_id, old.kind, old.sha256, old.size_bytes, old.media_type, old.captured_at,
        old.captured_by, old.stored_at, old.identifies_source)
       or (new.url is null) <> (old.url is null) or (new.content is null) <> (old.content is null)
       or (new.note is null) <> (old.note is null) or (new.file_name is null) <> (old.file_name is null) then
        raise exception 'evidence is kept as captured: this UPDATE on % is not allowed (only re-encrypting its sealed columns is)', tg_table_name;
    end if;
    return new;
end
$$;

create trigger evidence_items_frozen before update or delete on evidence_items
    for each row execute function evidence_item_frozen();
create trigger evidence_items_no_truncate before truncate on evidence_items
    for each statement execute function audit_reject_change();

-- The chain of custody: append-only, one row per capture, opening, transfer, export or re-verification.
-- Each row carries the SHA-256 of the previous row of the same item and of its own content, so a removed or
-- edited row breaks the item's chain; each row is also written to the HMAC-chained audit trail (whose key is
-- outside the database) with its hash, so rewriting a whole item chain cannot be hidden either. The detail
-- (purpose, recipient) is sealed and never re-encrypted: old keys stay in the keyset, and the row must not change.
create table evidence_custody (
    id              uuid primary key,
    evidence_id     uuid        not null references evidence_items (id),
    organization_id uuid        not null,
    position        integer     not null check (position >= 0),
    occurred_at     timestamptz not null,
    actor           text        not null,
    action          text        not null check (action in ('CAPTURED', 'OPENED', 'TRANSFERRED', 'EXPORTED', 'VERIFIED')),
    detail          bytea,
    previous_hash   bytea       not null,
    hash            bytea       not null,
    unique (evidence_id, position)
);

create trigger evidence_custody_append_only before update or delete on evidence_custody
    for each row execute function audit_reject_change();
create trigger evidence_custody_no_truncate before truncate on evidence_custody
    for each statement execute function audit_reject_change();

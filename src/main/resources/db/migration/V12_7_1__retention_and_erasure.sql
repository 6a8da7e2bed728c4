-- Retention and erasure by crypto-shredding (see docs/security.md, "Retention and erasure").
-- An erased case keeps its row (stage and dates, no readable personal data) so that statistics do not change; every
-- query of the cases feature leaves it out.
alter table cases add column erased_at timestamptz;
create index cases_at_rest on cases (stage, updated_at) where erased_at is null;

-- A legal hold keeps a case from being erased, by a retention rule or on request, until it is lifted.
create table case_legal_hold (
    case_id         uuid        primary key references cases (id),
    organization_id uuid        not null,
    placed_at       timestamptz not null,
    placed_by       uuid        not null,
    -- sealed with the organization's key (not the case's: a hold outlives nothing, but it must stay readable to lift it)
    reason          bytea       not null
);

-- Erasure on the person's request: one staff member asks, a second one confirms; only then is the case erased.
create table case_erasure_request (
    case_id         uuid        primary key references cases (id),
    organization_id uuid        not null,
    requested_at    timestamptz not null,
    requested_by    uuid        not null
);

-- What was erased, when, under which rule, by whom: signed with the organization's signing key, with no personal data
-- (the case is named only by a hash of its code). Kept for ever; append-only like the audit trail.
create table deletion_record (
    id              uuid        primary key,
    organization_id uuid        not null,
    case_code_hash  text        not null check (case_code_hash ~ '^[0-9a-f]{64}$'),
    erased_at       timestamptz not null,
    rule            text        not null,
    requested_by    text        not null,
    confirmed_by    text        not null,
    -- the exact text that was signed (the fields above, one per line)
    statement       text        not null,
    key_id          text        not null,
    signature       bytea       not null
);
create index deletion_record_by_organization on deletion_record (organization_id, erased_at desc);
create function deletion_record_reject_change() returns trigger language plpgsql as $$
begin
    raise exception 'deletion records are kept: % on % is not allowed', tg_op, tg_table_name;
end
$$;
create trigger deletion_record_append_only before update or delete on deletion_record
    for each row execute function deletion_record_reject_change();
create trigger deletion_record_no_truncate before truncate on deletion_record
    for each statement execute function deletion_record_reject_change();

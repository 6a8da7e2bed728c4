-- A data key per case (crypto-shredding). The case's Tink keyset is encrypted with the case's erasure key, which
-- lives outside the database (<data-dir>/keys/cases/<case id>.json), and the result is sealed with the
-- organization's data key like any other value. Erasing a case deletes its erasure key and empties this row, so
-- every copy of the database, backups taken before the erasure included, keeps that case's values sealed for ever.
-- No foreign key to cases: the crypto feature knows nothing of cases, and the row outlives the case's personal data.
create table case_keyset (
    case_id         uuid        primary key,
    organization_id uuid        not null,
    -- sealed like a value of column case_keyset.keyset of row <case id> (so data key rotation re-encrypts it); null once erased
    keyset          bytea,
    created_at      timestamptz not null default now(),
    erased_at       timestamptz,
    check ((keyset is null) = (erased_at is not null))
);
create index case_keyset_by_organization on case_keyset (organization_id);

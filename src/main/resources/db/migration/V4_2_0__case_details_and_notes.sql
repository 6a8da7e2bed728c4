-- The applicant's further details (other name forms, contact handles, languages, family at risk, identity
-- evidence) as one sealed JSON document per case, and case notes, each sealed. See org.passage.crypto.
create table case_applicant_details (
    case_id         uuid primary key references cases (id) on delete cascade,
    organization_id uuid        not null,
    details         bytea       not null,
    updated_at      timestamptz not null,
    updated_by      uuid
);

create table case_notes (
    id              uuid primary key,
    case_id         uuid        not null references cases (id) on delete cascade,
    organization_id uuid        not null,
    body            bytea       not null,
    written_at      timestamptz not null,
    written_by      uuid
);
create index case_notes_by_case on case_notes (case_id, written_at desc);

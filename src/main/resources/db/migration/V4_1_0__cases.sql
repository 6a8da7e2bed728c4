-- Cases. Every personal field is Tink AEAD ciphertext (bytea) bound to table, column and row; see
-- org.passage.crypto. The case code is random and carries no personal data.
create table cases (
    id                   uuid primary key,
    organization_id      uuid        not null,
    code                 text        not null,
    stage                text        not null,
    applicant_name       bytea       not null,
    applicant_latin_name bytea       not null,
    applicant_birth_date bytea       not null,
    opened_at            timestamptz not null,
    opened_by            uuid,
    updated_at           timestamptz not null,
    version              integer     not null default 0,
    constraint cases_code_unique unique (organization_id, code),
    constraint cases_code_format check (code ~ '^[2-9A-Z]{4}-[2-9A-Z]{4}$')
);
create index cases_by_organization on cases (organization_id, stage);

-- Who works on a case: need to know is decided from these rows.
create table case_assignments (
    case_id     uuid        not null references cases (id) on delete cascade,
    staff_id    uuid        not null,
    assigned_at timestamptz not null,
    assigned_by uuid,
    primary key (case_id, staff_id)
);
create index case_assignments_by_staff on case_assignments (staff_id);

-- Journeys: the history of a case's stages and of where the person was. Reasons and cities are personal
-- (Tink AEAD ciphertext bound to table, column and row, see org.passage.crypto); the country is kept in
-- plaintext on purpose: it is coarse, it is what boards and the risk register need, and without the sealed
-- name it identifies nobody.
create table journey_stage_changes (
    id              uuid primary key,
    case_id         uuid        not null references cases (id) on delete cascade,
    organization_id uuid        not null,
    from_stage      text,
    to_stage        text        not null,
    effective_on    date        not null,
    correction      boolean     not null default false,
    reason          bytea       not null,
    recorded_at     timestamptz not null,
    recorded_by     uuid
);
create index journey_stage_changes_by_case on journey_stage_changes (case_id, recorded_at);

create table journey_locations (
    id              uuid primary key,
    case_id         uuid        not null references cases (id) on delete cascade,
    organization_id uuid        not null,
    country_code    text        not null check (country_code ~ '^[A-Z]{2}$'),
    city            bytea       not null,
    since           date        not null,
    recorded_at     timestamptz not null,
    recorded_by     uuid
);
create index journey_locations_by_case on journey_locations (case_id, since desc, recorded_at desc);
create index journey_locations_by_country on journey_locations (organization_id, country_code);

-- The country risk register of an organization: public knowledge, not personal data, so plaintext.
create table country_risks (
    organization_id   uuid        not null,
    country_code      text        not null check (country_code ~ '^[A-Z]{2}$'),
    extradition_level text        not null,
    extradition_text  text        not null,
    kidnapping_level  text        not null,
    kidnapping_text   text        not null,
    deportation_level text        not null,
    deportation_text  text        not null,
    sources           text        not null,
    assessed_on       date        not null,
    updated_at        timestamptz not null,
    updated_by        uuid,
    primary key (organization_id, country_code)
);

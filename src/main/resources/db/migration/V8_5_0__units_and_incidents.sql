-- Unit knowledge base (org.passage.units): shared reference data of the whole installation, not per
-- organization and not personal data. Imported rows carry origin 'import' and are replaced on re-import;
-- rows an analyst added carry origin 'analyst' and are never touched by an import.
create table units (
    id          uuid primary key,
    -- normalized identity (ordinal|type|branch|region, see UnitName) that re-imports match on
    unit_key    text        not null unique,
    name        text        not null check (length(name) between 1 and 300),
    number      text check (number ~ '^[0-9]{1,6}$'),
    unit_type   text        not null,
    parent_name text,
    parent_id   uuid references units (id) on delete set null,
    source      text        not null,
    origin      text        not null check (origin in ('import', 'analyst')),
    note        text,
    updated_at  timestamptz not null
);
create index units_by_number on units (number);

create table unit_aliases (
    unit_id    uuid not null references units (id) on delete cascade,
    alias      text not null check (length(alias) between 1 and 300),
    -- lower-case, letters/digits only: what search compares
    normalized text not null,
    source     text not null,
    origin     text not null check (origin in ('import', 'analyst')),
    primary key (unit_id, alias)
);
create index unit_aliases_by_normalized on unit_aliases (normalized text_pattern_ops);

create table unit_garrisons (
    id        uuid primary key,
    unit_id   uuid   not null references units (id) on delete cascade,
    place     text   not null,
    latitude  double precision check (latitude between -90 and 90),
    longitude double precision check (longitude between -180 and 180),
    source    text   not null,
    origin    text   not null check (origin in ('import', 'analyst'))
);
create index unit_garrisons_by_unit on unit_garrisons (unit_id);

create table unit_positions (
    unit_id     uuid             not null references units (id) on delete cascade,
    observed_on date             not null,
    latitude    double precision not null check (latitude between -90 and 90),
    longitude   double precision not null check (longitude between -180 and 180),
    -- dataset and record, e.g. 'uawardata units_all.csv line 12'
    source      text             not null,
    label       text             not null
);
create index unit_positions_by_unit on unit_positions (unit_id, observed_on);

create table incidents (
    id          uuid primary key,
    dataset     text not null,
    external_id text not null,
    starts_on   date not null,
    ends_on     date not null check (ends_on >= starts_on),
    place       text not null,
    latitude    double precision check (latitude between -90 and 90),
    longitude   double precision check (longitude between -180 and 180),
    title       text not null,
    summary     text not null,
    -- civilian harm (true) or a military event (presence, losses, firing positions), which inference ignores
    civilian_harm boolean not null,
    source_urls text[] not null default '{}',
    origin      text not null check (origin in ('import', 'analyst')),
    unique (dataset, external_id)
);
create index incidents_by_date on incidents (starts_on, ends_on);

create table unit_incident_links (
    id          uuid primary key,
    unit_id     uuid not null references units (id) on delete cascade,
    incident_id uuid not null references incidents (id) on delete cascade,
    confidence  text not null check (confidence in ('CONFIRMED', 'PROBABLE', 'POSSIBLE')),
    -- why the link exists, in words: the position, distance and days it was inferred from, or the analyst's note
    basis       text not null,
    source_urls text[] not null default '{}',
    origin      text not null check (origin in ('inferred', 'analyst')),
    distance_km double precision,
    -- null while unreviewed; CONFIRMED or REJECTED once an analyst decided
    decision    text check (decision in ('CONFIRMED', 'REJECTED')),
    decision_reason text,
    reviewed_by uuid,
    reviewed_at timestamptz,
    created_at  timestamptz not null,
    unique (unit_id, incident_id)
);
create index unit_incident_links_by_incident on unit_incident_links (incident_id);

create table unit_sanction_links (
    unit_id      uuid not null references units (id) on delete cascade,
    list         text not null,
    entity_id    text not null,
    caption      text not null,
    matched_name text not null,
    primary key (unit_id, list, entity_id)
);

create table unit_imports (
    id          uuid primary key,
    imported_at timestamptz not null,
    summary     text        not null
);

-- Unit knowledge base, issue 13: hierarchy with dates, named formations, merges, reviewed sanction links,
-- incidents with an event date range distinct from publication, and analysts' corrections that imports respect.

-- what a named formation is (PMC, volunteer battalion, Rosgvardia, FSB …), whom it answers to, when it existed,
-- and, once an analyst merged it into another unit, which one (its links and aliases moved there)
alter table units
    add column formation_type text,
    add column affiliation    text,
    add column exists_from    date,
    add column exists_to      date,
    add column merged_into    uuid references units (id) on delete set null,
    add constraint units_existence_ordered check (exists_to is null or exists_from is null or exists_to >= exists_from),
    add constraint units_not_merged_into_self check (merged_into is null or merged_into <> id);

-- formation → subordinate unit, with the dates a source gives (null: not known); a unit moves between formations
create table unit_subordinations (
    id         uuid primary key,
    unit_id    uuid        not null references units (id) on delete cascade,
    parent_id  uuid        not null references units (id) on delete cascade,
    valid_from date,
    valid_to   date,
    -- dataset and record ("uawardata units_all.csv line 12 …") or the analyst's source
    source     text        not null check (length(source) between 1 and 2000),
    origin     text        not null check (origin in ('import', 'analyst')),
    created_by uuid,
    created_at timestamptz not null,
    check (unit_id <> parent_id),
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index unit_subordinations_by_unit on unit_subordinations (unit_id);
create index unit_subordinations_by_parent on unit_subordinations (parent_id);

-- the script or language of an alias: ru, uk, en, or translit (a romanisation Passage made)
alter table unit_aliases add column language text;

-- a sanction link names the list entry and the version it was read from, and counts only once an analyst confirmed it
alter table unit_sanction_links
    add column list_version    integer,
    add column score           double precision,
    add column decision        text check (decision in ('CONFIRMED', 'REJECTED')),
    add column decision_reason text,
    add column reviewed_by     uuid,
    add column reviewed_at     timestamptz;

-- how well an incident is documented (ESTABLISHED by a court or an international investigation, REPORTED by credible
-- reporting); the date it was published, apart from when it happened; an analyst's correction, which imports keep
alter table incidents
    add column documentation text check (documentation in ('ESTABLISHED', 'REPORTED')),
    add column published_on  date,
    add column corrected_by  uuid,
    add column corrected_at  timestamptz,
    add column correction    text,
    add constraint incidents_published_after_start check (published_on is null or published_on >= starts_on);

-- a curated link (from the shipped 2014-2021 file) and whether its source documents the whole formation
alter table unit_incident_links drop constraint unit_incident_links_origin_check;
alter table unit_incident_links
    add constraint unit_incident_links_origin_check check (origin in ('inferred', 'analyst', 'curated')),
    add column covers_formation boolean not null default false;

-- Screening: an analyst's decision on a hit of a case, the alerts that list imports raise, and the runs of
-- the background re-screening. Which listed person a case resembles is itself sensitive, so the listed
-- entity's caption and the analyst's reason are sealed (org.passage.crypto, bound to table/column/row);
-- entity ids and list names are public list data.
create table screening_review (
    id              uuid primary key,
    organization_id uuid        not null,
    case_id         uuid        not null,
    list            text        not null,
    entity_id       text        not null,
    decision        text        not null check (decision in ('CONFIRMED', 'DISMISSED')),
    score           double precision not null,
    reason          bytea       not null,
    decided_by      uuid        not null,
    decided_at      timestamptz not null,
    constraint screening_review_one_per_hit unique (case_id, list, entity_id)
);

create table screening_alert (
    id              uuid primary key,
    organization_id uuid        not null,
    case_id         uuid        not null,
    list            text        not null,
    list_version    integer     not null,
    entity_id       text        not null,
    kind            text        not null check (kind in ('NEW', 'CHANGED')),
    score           double precision not null,
    caption         bytea       not null,
    raised_at       timestamptz not null,
    acknowledged_by uuid,
    acknowledged_at timestamptz,
    -- a re-run of the same re-screening raises nothing twice
    constraint screening_alert_once unique (case_id, list, list_version, entity_id)
);
create index screening_alert_by_organization on screening_alert (organization_id, acknowledged_at, raised_at desc);

create table screening_run (
    list         text        not null,
    list_version integer     not null,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    cases_total  integer     not null default 0,
    cases_done   integer     not null default 0,
    alerts       integer     not null default 0,
    primary key (list, list_version)
);

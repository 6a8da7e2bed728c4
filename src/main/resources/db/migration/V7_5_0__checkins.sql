-- Safety check-ins. No personal data: the duress phrase is kept only as a keyed blind index (HMAC under the
-- organization's PRF key), one-time links only as the SHA-256 of a 256-bit random token.
create table checkin_schedules (
    case_id          uuid primary key,
    organization_id  uuid        not null,
    interval_minutes integer     not null check (interval_minutes between 60 and 20160),
    -- stages (cases.Stage names) in which the schedule runs; empty means always
    stages           text[]      not null default '{}',
    paused           boolean     not null default false,
    next_due_at      timestamptz not null,
    last_checkin_at  timestamptz,
    duress_index     bytea,
    updated_at       timestamptz not null,
    updated_by       uuid
);
create index checkin_schedules_due on checkin_schedules (next_due_at) where not paused;

create table checkin_links (
    token_hash      bytea primary key check (length(token_hash) = 32),
    case_id         uuid        not null references checkin_schedules (case_id) on delete cascade,
    organization_id uuid        not null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    used_at         timestamptz
);
create index checkin_links_by_case on checkin_links (case_id);

create table checkins (
    id              uuid primary key,
    case_id         uuid        not null references checkin_schedules (case_id) on delete cascade,
    organization_id uuid        not null,
    channel         text        not null,
    at              timestamptz not null
);
create index checkins_by_case on checkins (case_id, at desc);

-- kind MISSED (due_at says which check-in) or DURESS; level 1 = caseworker, 2 = coordinator, 3 = on-call
create table checkin_alerts (
    id              uuid primary key,
    case_id         uuid        not null references checkin_schedules (case_id) on delete cascade,
    organization_id uuid        not null,
    kind            text        not null check (kind in ('MISSED', 'DURESS')),
    due_at          timestamptz,
    raised_at       timestamptz not null,
    level           integer     not null check (level >= 1),
    escalated_at    timestamptz not null,
    acknowledged_at timestamptz,
    acknowledged_by uuid
);
create unique index checkin_alerts_one_per_due on checkin_alerts (case_id, due_at) where kind = 'MISSED';
create index checkin_alerts_open on checkin_alerts (organization_id) where acknowledged_at is null;

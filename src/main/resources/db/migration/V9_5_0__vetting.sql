-- Vetting: an applicant's claimed service periods, the findings of each vetting run and the two-person decision.
-- Everything an applicant said, and every finding written from it, is personal: sealed (Tink AEAD bound to
-- table, column and row, see org.passage.crypto). Plaintext are only what lists and rules need: dates, the
-- kind of source, the id of a known unit (public reference data), severities and outcomes.
create table vetting_periods (
    id              uuid primary key,
    case_id         uuid        not null references cases (id) on delete cascade,
    organization_id uuid        not null,
    claim           bytea       not null, -- sealed JSON: unit text, role, place, date texts, source, notes
    unit_id         uuid,
    earliest        date        not null,
    latest          date        not null,
    source_kind     text        not null check (source_kind in ('STATEMENT', 'DOCUMENT', 'PHOTO', 'WITNESS')),
    recorded_at     timestamptz not null,
    recorded_by     uuid        not null,
    check (latest >= earliest)
);
create index vetting_periods_by_case on vetting_periods (case_id, earliest);

create table vetting_runs (
    id              uuid primary key,
    case_id         uuid        not null references cases (id) on delete cascade,
    organization_id uuid        not null,
    number          integer     not null,
    run_at          timestamptz not null,
    run_by          uuid        not null,
    unique (case_id, number)
);

create table vetting_findings (
    id              uuid primary key,
    run_id          uuid        references vetting_runs (id) on delete cascade,
    case_id         uuid        not null references cases (id) on delete cascade,
    organization_id uuid        not null,
    position        integer     not null,
    severity        text        not null check (severity in ('INFO', 'CONCERN', 'SERIOUS')),
    kind            text        not null,
    -- what makes "the same finding" across runs (kind, period, unit, incident…): not personal, ids only
    identity        text        not null,
    body            bytea       not null, -- sealed JSON: title, explanation, inputs
    manual          boolean     not null default false,
    created_at      timestamptz not null,
    created_by      uuid        not null
);
create index vetting_findings_by_run on vetting_findings (run_id, position);
create index vetting_findings_manual on vetting_findings (case_id) where manual;

create table vetting_finding_evidence (
    finding_id  uuid        not null references vetting_findings (id) on delete cascade,
    evidence_id uuid        not null,
    attached_at timestamptz not null,
    attached_by uuid        not null,
    primary key (finding_id, evidence_id)
);

-- One row per proposal. Confirmation by a second person is enforced here too, not only in the code.
create table vetting_decisions (
    id              uuid primary key,
    case_id         uuid        not null references cases (id) on delete cascade,
    organization_id uuid        not null,
    outcome         text        not null check (outcome in ('NO_CONCERNS', 'CONCERNS_TO_RESOLVE', 'EXCLUSION_1F', 'SECURITY_RISK')),
    rationale       bytea       not null,
    cited_findings  uuid[]      not null,
    proposed_by     uuid        not null,
    proposed_at     timestamptz not null,
    state           text        not null check (state in ('PROPOSED', 'RETURNED', 'CONFIRMED', 'REOPENED')),
    reviewed_by     uuid,
    reviewed_at     timestamptz,
    review_reason   bytea,
    reopened_by     uuid,
    reopened_at     timestamptz,
    reopen_reason   bytea,
    constraint vetting_decision_two_persons check (reviewed_by is null or reviewed_by <> proposed_by),
    constraint vetting_decision_reviewed check ((state in ('PROPOSED')) = (reviewed_by is null))
);
-- at most one open (proposed or confirmed) decision per case
create unique index vetting_decisions_open on vetting_decisions (case_id) where state in ('PROPOSED', 'CONFIRMED');

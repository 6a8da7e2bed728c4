-- Separation of duties (issue 16): a grant that opens case data (coordinator, caseworker, lawyer, vetting analyst) or
-- makes another admin, a new account with such roles, an org admin added by the system admin, and a reset of the
-- password of an account that reads cases wait here until a second admin approves. The database refuses a decision by
-- the admin who asked or by the account concerned. Names are not stored here: the account's row has them, sealed.
create table staff_grants (
    id              uuid primary key,
    organization_id uuid        not null references organizations (id),
    staff_id        uuid        not null references staff (id),
    kind            text        not null check (kind in ('ROLES', 'NEW_ACCOUNT', 'RESET')),
    roles           text[]      not null check (cardinality(roles) between 1 and 7),
    -- who may approve: another org admin of the organization, or a system admin when it has no other admin
    approver        text        not null check (approver in ('ORGANIZATION', 'INSTALLATION')),
    -- when a system admin approves, the requesting org admin was shown the one-time password at request time and its
    -- Argon2id hash waits here until the approval (a system admin never sees an organization's password)
    password_hash   text,
    requested_by    uuid        not null references staff (id),
    requested_at    timestamptz not null,
    state           text        not null default 'PENDING' check (state in ('PENDING', 'APPROVED', 'REFUSED')),
    decided_by      uuid references staff (id),
    decided_at      timestamptz,
    check ((state = 'PENDING') = (decided_by is null)),
    -- nobody approves his own request or a grant to himself (the requester may withdraw it: REFUSED)
    check (state <> 'APPROVED' or (decided_by <> requested_by and decided_by <> staff_id))
);
create unique index staff_grants_one_pending on staff_grants (staff_id) where state = 'PENDING';
create index staff_grants_pending on staff_grants (organization_id) where state = 'PENDING';

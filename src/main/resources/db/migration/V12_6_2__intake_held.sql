-- Public intake submissions held for a person to look at before any case is opened (issue 16): over the rate budget
-- (behind Tor every visitor shares one address), with a missing, reused or expired form token, sent faster than a
-- person types, or with the hidden honeypot field filled. Nothing is lost and no case exists until staff accept one.
-- What the person typed is sealed as in intake_submissions; it is erased when staff mark the item spam or a duplicate.
create table intake_held (
    id              uuid primary key,
    organization_id uuid        not null references organizations (id),
    code_index      bytea       not null unique,
    passphrase_hash text        not null,
    name            bytea,
    contact         bytea,
    whereabouts     bytea,
    needs           bytea,
    reason          text        not null check (reason in ('OVER_LIMIT', 'FORM_TOKEN', 'TOO_FAST', 'HONEYPOT')),
    received_at     timestamptz not null,
    state           text        not null default 'HELD' check (state in ('HELD', 'ACCEPTED', 'SPAM', 'DUPLICATE')),
    decided_by      uuid references staff (id),
    decided_at      timestamptz,
    case_id         uuid references cases (id),
    check ((state = 'HELD') = (decided_by is null)),
    check ((state = 'ACCEPTED') = (case_id is not null)),
    -- held: the content is there; decided: it was moved into the case (accepted) or erased (spam, duplicate)
    check ((state = 'HELD') = (name is not null and contact is not null and whereabouts is not null and needs is not null)),
    check (state = 'HELD' or (name is null and contact is null and whereabouts is null and needs is null))
);
create index intake_held_waiting on intake_held (organization_id, received_at) where state = 'HELD';

-- One person, two analyst accounts (issue 16). Each staff account names the person it belongs to by a work e-mail or
-- phone: sealed for the admins to read, and a keyed HMAC (under the installation's key, so across organizations) that
-- a unique index keeps to one account per person.
alter table staff add column identity bytea;
alter table staff add column identity_index bytea;
alter table staff add constraint staff_identity_both check ((identity is null) = (identity_index is null));
create unique index staff_one_account_per_person on staff (identity_index) where identity_index is not null;

-- The browsers an account completed a login in: SHA-256 of a random device cookie (nothing else of the browser).
create table staff_devices (
    staff_id    uuid        not null references staff (id),
    device_hash bytea       not null check (length(device_hash) = 32),
    first_seen  timestamptz not null,
    last_seen   timestamptz not null,
    primary key (staff_id, device_hash)
);
create index staff_devices_by_device on staff_devices (device_hash);

-- Where an account logged in or signed off from, recently: a keyed HMAC of the network address (an IPv6 client by its
-- /64), never the address; rows older than 30 days (anyone's) are deleted whenever a new one is written.
create table staff_addresses (
    staff_id      uuid        not null references staff (id),
    address_index bytea       not null,
    seen_at       timestamptz not null
);
create index staff_addresses_recent on staff_addresses (staff_id, seen_at desc);
create index staff_addresses_by_age on staff_addresses (seen_at);

-- Second sign-offs that Passage let through but could not tell came from a second person (same network address as the
-- first signer recently, or a browser both accounts logged in from): shown to the organization's admins.
create table sign_off_flags (
    id              uuid primary key,
    organization_id uuid        not null references organizations (id),
    record_type     text        not null check (record_type in ('vetting_decision')),
    record_id       uuid        not null,
    first_signer    uuid        not null references staff (id),
    second_signer   uuid        not null references staff (id),
    flags           text[]      not null check (cardinality(flags) between 1 and 4),
    flagged_at      timestamptz not null
);
create index sign_off_flags_of_organization on sign_off_flags (organization_id, flagged_at desc);

-- How a staff member proves who they are, and the state that defends the login: Argon2id password hash,
-- the sealed TOTP secret with the last time step used (a code is accepted once), failed attempts and
-- lockout, and the session epoch ("log out everywhere" bumps it; every request compares it).
create table staff_credentials (
    staff_id              uuid primary key references staff (id) on delete cascade,
    seal_scope            uuid not null,
    password_hash         text not null,
    password_is_one_time  boolean not null,
    totp_secret           bytea,
    totp_last_step        bigint not null default 0,
    failed_attempts       integer not null default 0 check (failed_attempts >= 0),
    locked_until          timestamptz,
    session_epoch         integer not null default 0,
    password_changed_at   timestamptz not null default now()
);

-- API keys let scripts and yente/nomenklatura clients call the screening API (/api/match, /api/search) without a
-- browser session. Only a SHA-256 of the key is stored: the key is 256 random bits, so a fast hash is enough (no
-- dictionary to try) and the lookup per request stays cheap. A key belongs to one organization, names who made it,
-- expires, and is revoked by setting revoked_at (the row stays for the audit trail).
create table api_keys (
    id              uuid primary key,
    organization_id uuid not null references organizations (id),
    name            text not null check (length(name) between 1 and 100),
    key_hash        bytea not null unique check (length(key_hash) = 32),
    created_by      uuid not null references staff (id),
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    revoked_at      timestamptz,
    last_used_at    timestamptz,
    check (expires_at > created_at)
);
create index api_keys_organization on api_keys (organization_id);

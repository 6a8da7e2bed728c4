-- Tenancy: organizations and their staff. A staff member's display name is personal data and is stored
-- sealed (org.passage.crypto.Sealing); the username is a login handle and stays plaintext so that login can
-- find the row. seal_scope is the organization whose keyset seals the row's columns: the organization itself,
-- or the all-zero "installation" scope for system admins, who belong to no organization.
create table organizations (
    id         uuid primary key,
    name       text not null unique check (length(name) between 1 and 200),
    created_at timestamptz not null default now()
);

create table staff (
    id              uuid primary key,
    organization_id uuid references organizations (id),
    seal_scope      uuid not null,
    username        text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    display_name    bytea not null,
    roles           text[] not null check (cardinality(roles) between 1 and 7),
    disabled        boolean not null default false,
    created_at      timestamptz not null default now(),
    -- a system admin is in no organization and has no other role; everybody else is in exactly one
    constraint staff_system_admin_alone check (
        (organization_id is null and roles = array ['SYSTEM_ADMIN'] and seal_scope = '00000000-0000-0000-0000-000000000000')
        or (organization_id is not null and not ('SYSTEM_ADMIN' = any (roles)) and seal_scope = organization_id))
);
create index staff_organization on staff (organization_id);

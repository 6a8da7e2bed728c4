-- Watchlists: each import is one version of a list. An entry row holds one content of one entity and the
-- range of versions it is live in [valid_from, valid_until): an import writes only what changed, the live
-- list is "valid_until is null", and any past version can still be read back.
create table watchlists (
    id           bigint generated always as identity primary key,
    name         text not null unique check (name ~ '^[a-z0-9][a-z0-9_.-]{0,62}$'),
    format       text not null,
    live_version int,
    created_at   timestamptz not null default now()
);

create table watchlist_versions (
    watchlist_id  bigint not null references watchlists (id),
    version       int not null check (version > 0),
    status        text not null check (status in ('live', 'superseded')),
    source_name   text not null,
    source_digest text not null,
    started_at    timestamptz not null,
    imported_at   timestamptz not null default now(),
    entities      bigint not null,
    added         bigint not null,
    changed       bigint not null,
    removed       bigint not null,
    skipped       bigint not null,
    primary key (watchlist_id, version)
);
create unique index watchlist_versions_one_live on watchlist_versions (watchlist_id) where status = 'live';

create table watchlist_entries (
    watchlist_id  bigint not null references watchlists (id),
    entity_id     text not null,
    valid_from    int not null,
    valid_until   int,
    schema        text not null,
    caption       text not null,
    dataset       text not null,
    properties    jsonb not null,
    content_hash  bytea not null,
    source_record text not null,
    primary key (watchlist_id, entity_id, valid_from),
    check (valid_until is null or valid_until > valid_from)
);
create unique index watchlist_entries_live on watchlist_entries (watchlist_id, entity_id) where valid_until is null;

create table watchlist_changes (
    watchlist_id bigint not null references watchlists (id),
    version      int not null,
    entity_id    text not null,
    change       text not null check (change in ('added', 'changed', 'removed')),
    primary key (watchlist_id, version, entity_id)
);

-- Attempts that failed leave no version; what went wrong is kept for the import page and the operator.
create table watchlist_import_failures (
    id          bigint generated always as identity primary key,
    list_name   text not null,
    source_name text not null,
    failed_at   timestamptz not null default now(),
    error       text not null
);

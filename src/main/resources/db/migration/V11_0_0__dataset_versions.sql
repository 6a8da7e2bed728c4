-- Datasets: every version of every dataset Passage retrieved (or failed to), with where from, its SHA-256 over
-- the manifest of its files, size, record count and what changed. At most one version of a dataset is LIVE.
-- Public reference data only: nothing here is personal.
create table dataset_versions (
    id           uuid primary key,
    dataset      text        not null,
    retrieved_at timestamptz not null,
    origin       text        not null,
    sha256       text,
    size_bytes   bigint      not null default 0,
    records      bigint      not null default 0,
    change       text        not null default '',
    status       text        not null check (status in ('LIVE', 'SUPERSEDED', 'FAILED')),
    error        text,
    manifest     text        not null default '' -- one line per file: sha256, size, path
);
create unique index dataset_versions_one_live on dataset_versions (dataset) where status = 'LIVE';
create index dataset_versions_by_dataset on dataset_versions (dataset, retrieved_at desc);

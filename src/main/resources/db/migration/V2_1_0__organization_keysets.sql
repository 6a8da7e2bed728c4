-- Each organization's data keysets, stored only as Tink keysets encrypted ("wrapped") by the master key,
-- which never enters the database. The wrapping is bound to the organization id, so a wrapped keyset copied
-- to another organization's row does not unwrap.
create table organization_keyset (
    organization_id      uuid        primary key,
    -- AEAD keyset (AES256-GCM) that seals the organization's personal data
    data_keyset          bytea       not null,
    -- PRF keyset (HMAC-SHA256) for blind indexes; never rotated, because indexes cannot be recomputed without plaintext
    index_keyset         bytea       not null,
    -- bumped on every change so that running servers notice a rotation done by another process
    version              int         not null default 1,
    -- a data key rotation added a new primary key and has not yet re-encrypted every sealed column
    reencryption_pending boolean     not null default false,
    created_at           timestamptz not null default now(),
    rotated_at           timestamptz
);

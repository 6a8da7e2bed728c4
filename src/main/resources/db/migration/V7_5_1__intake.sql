-- What a person sent through the public intake. Every field he typed is Tink AEAD ciphertext bound to
-- table/column/row (org.passage.crypto); the case code is found by its blind index, the passphrase only by
-- its Argon2id hash.
create table intake_submissions (
    id              uuid primary key,
    organization_id uuid        not null,
    case_id         uuid        not null unique,
    code_index      bytea       not null unique,
    passphrase_hash text        not null,
    name            bytea       not null,
    contact         bytea       not null,
    whereabouts     bytea       not null,
    needs           bytea       not null,
    submitted_at    timestamptz not null
);

-- Each organization's signing keyset (Ed25519, for the dossiers it exports): the private keyset only wrapped by
-- the master key and bound to the organization, the public keyset in the clear because it is published.
-- Numbered in the dossier range because the dossier feature introduced it; it belongs to crypto.
create table organization_signing_keyset (
    organization_id uuid        primary key,
    keyset          bytea       not null,
    public_keyset   text        not null,
    created_at      timestamptz not null default now()
);

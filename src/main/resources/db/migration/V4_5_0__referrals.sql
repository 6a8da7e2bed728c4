-- Referrals of a case to a partner organization. An organization keeps its own partner list: another
-- organization on this installation, or an external one known only by name and a secure contact.
create table referral_partners (
    id                      uuid primary key,
    organization_id         uuid        not null references organizations (id),
    partner_organization_id uuid references organizations (id),
    name                    text        not null check (length(name) between 1 and 200),
    contact                 text check (length(contact) <= 300),
    active                  boolean     not null default true,
    added_at                timestamptz not null,
    check (partner_organization_id is null or partner_organization_id <> organization_id),
    -- an external partner has a secure contact; a partner on this installation is reached through its inbox
    check ((partner_organization_id is null) = (contact is not null))
);
create unique index referral_partners_once on referral_partners (organization_id, partner_organization_id)
    where active and partner_organization_id is not null;

-- One referral. summary is the minimal, consented summary as Tink AEAD ciphertext sealed with the key of
-- key_organization_id: the receiving organization when it is on this installation, else the referring one
-- (an external partner gets the summary copied by hand). consent_by (who gave consent) is sealed with the
-- referring organization's key. The receiving side learns the case only through this row, never its id.
create table referrals (
    id                  uuid primary key,
    organization_id     uuid        not null references organizations (id),
    case_id             uuid        not null references cases (id),
    partner_id          uuid        not null references referral_partners (id),
    to_organization_id  uuid references organizations (id),
    key_organization_id uuid        not null references organizations (id),
    fields              text[]      not null check (cardinality(fields) between 1 and 5),
    summary             bytea       not null,
    consent_by          bytea       not null,
    consent_on          date        not null,
    consent_method      text        not null check (consent_method in ('IN_PERSON', 'PHONE', 'MESSENGER', 'WRITTEN')),
    consent_fields      text[]      not null check (consent_fields @> fields),
    status              text        not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    referred_at         timestamptz not null,
    referred_by         uuid        not null references staff (id),
    answered_at         timestamptz,
    answered_by         uuid references staff (id),
    decline_reason      text check (length(decline_reason) <= 500),
    accepted_case_id    uuid references cases (id),
    check ((status = 'PENDING') = (answered_at is null)),
    check (key_organization_id = coalesce(to_organization_id, organization_id))
);
create index referrals_of_case on referrals (case_id);
create index referrals_incoming on referrals (to_organization_id, status);

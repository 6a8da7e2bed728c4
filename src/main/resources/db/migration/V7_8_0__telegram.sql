-- The Telegram bot. Chat ids are personal: kept only sealed (chat_id, AEAD bound to the row) with a keyed
-- blind index (chat_index, HMAC under the organization's PRF key) for finding the row of an incoming message.
-- One-time link codes are kept only as their SHA-256.
create table telegram_case_chats (
    id              uuid primary key,
    organization_id uuid        not null,
    case_id         uuid        not null,
    chat_index      bytea       not null,
    chat_id         bytea       not null,
    linked_at       timestamptz not null
);
create unique index telegram_case_chats_by_chat on telegram_case_chats (organization_id, chat_index);
create index telegram_case_chats_by_case on telegram_case_chats (case_id);

create table telegram_staff_chats (
    staff_id        uuid primary key,
    organization_id uuid        not null,
    chat_index      bytea       not null,
    chat_id         bytea       not null,
    -- receives the highest alerts (duress, and missed check-ins once they reach the on-call level)
    on_call         boolean     not null default false,
    linked_at       timestamptz not null
);

-- kind CASE (a person's chat for check-ins) or STAFF (a staff member's own account for alerts)
create table telegram_link_codes (
    code_hash       bytea primary key check (length(code_hash) = 32),
    kind            text        not null check (kind in ('CASE', 'STAFF')),
    organization_id uuid        not null,
    case_id         uuid,
    staff_id        uuid,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    used_at         timestamptz,
    check ((kind = 'CASE') = (case_id is not null) and (kind = 'STAFF') = (staff_id is not null))
);

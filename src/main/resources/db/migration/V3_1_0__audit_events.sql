-- The audit trail: append-only, each row carrying an HMAC over its content and the previous row's HMAC.
-- The HMAC key lives outside the database (see org.passage.audit), so editing rows here cannot be hidden.
create table audit_event (
    sequence        bigint      primary key check (sequence > 0),
    occurred_at     timestamptz not null,
    actor           text        not null,
    -- SHA-256 (hex) of the HTTP session id: links events of one session without storing a usable session id
    session_hash    text,
    organization_id uuid,
    action          text        not null,
    record_type     text        not null,
    record_id       text,
    outcome         text        not null check (outcome in ('SUCCESS', 'DENIED', 'FAILED')),
    detail          text        not null,
    previous_hash   bytea       not null,
    hash            bytea       not null
);
create index audit_event_organization on audit_event (organization_id, sequence desc);

-- The end of the chain. Appends lock this row, so concurrent writers queue up and the chain stays linear.
create table audit_chain_head (
    id       int    primary key check (id = 1),
    sequence bigint not null,
    hash     bytea  not null
);
insert into audit_chain_head (id, sequence, hash) values (1, 0, decode(repeat('00', 32), 'hex'));

create function audit_reject_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on % is not allowed', tg_op, tg_table_name;
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_reject_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_reject_change();

create function audit_head_only_forward() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.sequence < old.sequence then
        raise exception 'the audit chain head only moves forward';
    end if;
    return new;
end
$$;

create trigger audit_chain_head_forward before update or delete on audit_chain_head
    for each row execute function audit_head_only_forward();

-- Tasks on a case (logistics, legal advice, documents): the title is personal and sealed; kind and due date
-- are kept in plaintext so overdue work can be found without opening anything.
create table case_tasks (
    id              uuid primary key,
    case_id         uuid        not null references cases (id) on delete cascade,
    organization_id uuid        not null,
    kind            text        not null,
    title           bytea       not null,
    due_on          date        not null,
    done_at         timestamptz,
    done_by         uuid,
    created_at      timestamptz not null,
    created_by      uuid
);
create index case_tasks_open on case_tasks (organization_id, due_on) where done_at is null;
create index case_tasks_by_case on case_tasks (case_id);

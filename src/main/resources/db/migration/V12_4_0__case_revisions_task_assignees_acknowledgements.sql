-- What was changed on a case after it was written (the applicant's names and birth date, his details, a note, a
-- task): who changed it when and which fields (plaintext names of fields, nothing personal), and the values before
-- and after as one sealed JSON document (Tink AEAD bound to table, column and row; see org.passage.crypto).
create table case_revisions (
    id              uuid primary key,
    case_id         uuid        not null references cases (id) on delete cascade,
    organization_id uuid        not null,
    subject         text        not null check (subject in ('APPLICANT', 'DETAILS', 'NOTE', 'TASK')),
    subject_id      uuid,
    revised_at      timestamptz not null,
    revised_by      uuid,
    fields          text        not null,
    change          bytea       not null
);
create index case_revisions_by_case on case_revisions (case_id, revised_at desc);

-- Who is to do a task (a staff member of the case's organization); none means whoever works on the case.
alter table case_tasks add column assignee uuid;
create index case_tasks_by_assignee on case_tasks (assignee) where done_at is null;

-- What the staff member did about a missed check-in or a duress signal, required when acknowledging it; sealed.
alter table checkin_alerts add column acknowledgement bytea;

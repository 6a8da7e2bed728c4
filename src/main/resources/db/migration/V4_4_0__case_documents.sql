-- Documents of a case: the file name and the bytes are sealed (the bytes as base64 text, since sealing works on
-- text); the type and size stay plaintext for limits and listing. Image metadata (EXIF, GPS, text chunks) is
-- stripped before sealing.
create table case_documents (
    id              uuid primary key,
    case_id         uuid        not null references cases (id) on delete cascade,
    organization_id uuid        not null,
    media_type      text        not null,
    size_bytes      integer     not null check (size_bytes > 0),
    file_name       bytea       not null,
    content         bytea       not null,
    uploaded_at     timestamptz not null,
    uploaded_by     uuid
);
create index case_documents_by_case on case_documents (case_id, uploaded_at desc);

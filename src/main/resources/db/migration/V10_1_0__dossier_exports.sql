-- Every dossier exported: who, which case, for whom, with which profile and language, and the signed PDF itself
-- (sealed: it holds personal data) so that the exact signed file can be downloaded again. The SHA-256 and the
-- key id stay in the clear: they identify the file without revealing anything in it.
create table dossier_export (
    id              uuid        primary key,
    organization_id uuid        not null references organizations (id),
    case_id         uuid        not null references cases (id),
    exported_by     uuid        not null references staff (id),
    exported_at     timestamptz not null,
    profile         text        not null check (profile in ('INTERNAL', 'LAWYER', 'AUTHORITY')),
    language        text        not null check (language in ('en', 'fr')),
    file_name       text        not null,
    pdf_sha256      text        not null check (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    pages           int         not null,
    key_id          text        not null,
    -- sealed: base64 of the PDF
    pdf             bytea       not null,
    -- sealed: the detached signature file (.pdf.sig), which names the exporter and the recipient (maybe a lawyer)
    signature       bytea       not null
);
create index dossier_export_case on dossier_export (case_id, exported_at desc);

-- `passage api-keys create` makes a key from the operator's shell, where no staff member is signed in: such a key has
-- no created_by (the audit trail records the command as "system").
alter table api_keys alter column created_by drop not null;

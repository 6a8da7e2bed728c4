-- A case erased on the person's request is a two-person decision too (two coordinators): its second sign-off is
-- flagged like a vetting decision's when Passage cannot tell it came from a second person.
alter table sign_off_flags drop constraint sign_off_flags_record_type_check;
alter table sign_off_flags add constraint sign_off_flags_record_type_check check (record_type in ('vetting_decision', 'deletion_record'));

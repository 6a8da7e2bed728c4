-- What Passage could not rule out about the second sign-off of a decision (issue 16): SAME_ADDRESS, SHARED_DEVICE.
alter table vetting_decisions add column review_flags text[] not null default '{}';

-- A decline reason is free text about a person's case: sealed like every other personal column (issue 16), with the
-- referring organization's key, bound to its row. Reasons written before this version move to a plaintext column that
-- the application seals and empties when it starts (referrals.internal.LegacyDeclineReasons); it only ever shrinks.
alter table referrals rename column decline_reason to decline_reason_plaintext;
alter table referrals add column decline_reason bytea;

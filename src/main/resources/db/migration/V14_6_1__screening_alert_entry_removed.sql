-- An entry a case was alerted about and a list version took off the list is no hit any more, so re-screening alone
-- said nothing: the case is now alerted that the entry was removed (a decision taken on it rested on a listing that is gone).
alter table screening_alert drop constraint screening_alert_kind_check;
alter table screening_alert add constraint screening_alert_kind_check check (kind in ('NEW', 'CHANGED', 'REMOVED'));

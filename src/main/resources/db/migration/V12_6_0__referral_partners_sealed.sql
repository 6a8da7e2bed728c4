-- An external referral partner is often one person (a lawyer, a volunteer) known by name and a Signal number or mail
-- address: personal data, sealed like every other personal column (issue 16), with the listing organization's key,
-- bound to its row. Names and contacts written before this version move to plaintext columns that the application
-- seals and empties when it starts (referrals.internal.LegacyPartnerContacts); they only ever shrink.
alter table referral_partners rename column name to name_plaintext;
alter table referral_partners rename column contact to contact_plaintext;
alter table referral_partners alter column name_plaintext drop not null;
do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'referral_partners'::regclass and contype = 'c' loop
        execute format('alter table referral_partners drop constraint %I', c.conname);
    end loop;
end $$;
alter table referral_partners add column name bytea;
alter table referral_partners add column contact bytea;
alter table referral_partners add constraint referral_partners_not_itself
    check (partner_organization_id is null or partner_organization_id <> organization_id);
alter table referral_partners add constraint referral_partners_named
    check (name is not null or name_plaintext is not null);
-- an external partner has a secure contact; a partner on this installation is reached through its inbox
alter table referral_partners add constraint referral_partners_reachable
    check ((partner_organization_id is null) = (contact is not null or contact_plaintext is not null));

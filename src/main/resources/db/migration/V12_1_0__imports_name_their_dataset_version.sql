-- A list or knowledge base imported from the data catalogue names the dataset version it came from
-- ("ofac-sdn 2026-12-06 3f2a9c1e"); null for a list imported by hand, which the catalogue never replaces.
alter table watchlist_versions add column dataset_version text;
-- the units import reads five datasets: their labels, and their SHA-256s to skip a re-import of the same bytes
alter table unit_imports add column dataset_versions text;
alter table unit_imports add column dataset_digest text;

-- A first import of a large list writes every entity with COPY; the foreign key on watchlist_entries.watchlist_id
-- ran one referential-integrity check per row, a third of the database's CPU time for such an import (measured:
-- 100,000 FtM entities, 3.2 s of backend CPU with it, 2.2 s without). The rows are written only by an import that
-- holds the list's row locked (select ... for update in JdbcWatchlists) and deleted only together with the list,
-- entries first, so the reference cannot dangle; the check is dropped, the index on (watchlist_id, ...) stays.
alter table watchlist_entries drop constraint watchlist_entries_watchlist_id_fkey;

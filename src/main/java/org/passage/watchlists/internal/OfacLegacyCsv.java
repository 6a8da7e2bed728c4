package org.passage.watchlists.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.passage.watchlists.InvalidWatchlistInput;

/**
 * OFAC's legacy CSV export: sdn.csv (or cons_prim.csv) joined on ent_num with alt.csv (aliases), add.csv
 * (addresses) and sdn_comments.csv (overflow of the remarks). OFAC writes every file sorted by ent_num, so the
 * join is a merge that holds one entity at a time; a file out of order is refused. No header; {@code -0- }
 * marks an empty field; a lone 0x1A (DOS end of file) ends the file.
 */
final class OfacLegacyCsv implements EntitySource {

    private final Side primary;
    private final @Nullable Side aliases;
    private final @Nullable Side addresses;
    private final @Nullable Side comments;
    private final String dataset;
    private long skipped;

    OfacLegacyCsv(Reader sdn, String sdnName, @Nullable Reader alt, @Nullable Reader add, @Nullable Reader comments, String dataset) {
        this.primary = new Side(new CsvReader(sdn, ',', sdnName), sdnName, 12);
        this.aliases = alt == null ? null : new Side(new CsvReader(alt, ',', "alt.csv"), "alt.csv", 5);
        this.addresses = add == null ? null : new Side(new CsvReader(add, ',', "add.csv"), "add.csv", 6);
        this.comments = comments == null ? null : new Side(new CsvReader(comments, ',', "sdn_comments.csv"), "sdn_comments.csv", 2);
        this.dataset = dataset;
    }

    @Override
    public void read(Consumer<SourcedEntity> consumer) {
        List<String> row;
        while ((row = primary.next()) != null) {
            long entNum = primary.lastKey;
            String location = primary.location();
            var draft = new EntityDraft("ofac-" + entNum, schema(field(row, 2), location));
            String name = field(row, 1);
            if (name.isEmpty()) {
                throw new InvalidWatchlistInput(location, "SDN_Name", "empty");
            }
            draft.add("name", name);
            if (draft.schema().equals("Person")) {
                int comma = name.indexOf(',');
                if (comma > 0) {
                    draft.add("lastName", name.substring(0, comma)).add("firstName", name.substring(comma + 1));
                }
            }
            for (String program : field(row, 3).split("\\] \\[")) {
                draft.add("programId", program.replace("[", "").replace("]", ""));
            }
            draft.add("topics", "sanction");
            draft.add("position", field(row, 4));
            if (draft.schema().equals("Vessel")) {
                draft.add("callSign", field(row, 5)).add("type", field(row, 6)).add("tonnage", field(row, 7))
                        .add("grossRegisteredTonnage", field(row, 8)).add("flag", field(row, 9)).add("owner", field(row, 10));
            }
            var remarks = new StringBuilder(field(row, 11));
            if (comments != null) {
                comments.join(entNum, c -> remarks.append(field(c, 1)));
            }
            OfacRemarks.read(remarks.toString(), draft);
            if (aliases != null) {
                aliases.join(entNum, a -> draft.add(switch (field(a, 2).toLowerCase(java.util.Locale.ROOT)) {
                    case "fka" -> "previousName";
                    default -> "alias";
                }, field(a, 3)));
            }
            if (addresses != null) {
                addresses.join(entNum, a -> {
                    String full = String.join(", ", java.util.stream.Stream.of(field(a, 2), field(a, 3), field(a, 4))
                            .filter(s -> !s.isEmpty()).toList());
                    draft.add("address", full).add("country", field(a, 4));
                });
            }
            consumer.accept(new SourcedEntity(draft.build(dataset), location + " (ent_num " + entNum + ")"));
        }
        for (Side side : new Side[] {aliases, addresses, comments}) {
            if (side != null) {
                side.drain();
            }
        }
    }

    @Override
    public long skipped() {
        return skipped;
    }

    private static String schema(String type, String location) {
        return switch (type.toLowerCase(java.util.Locale.ROOT)) {
            case "individual" -> "Person";
            case "vessel" -> "Vessel";
            case "aircraft" -> "Airplane";
            case "", "entity" -> "LegalEntity";
            default -> throw new InvalidWatchlistInput(location, "SDN_Type", "unknown type '" + type + "' (individual, vessel, aircraft or -0-)");
        };
    }

    static String field(List<String> row, int index) {
        if (index >= row.size()) {
            return "";
        }
        String value = row.get(index).strip();
        return value.equals("-0-") ? "" : value;
    }

    /** One file of the join, read in ent_num order, with one record of look-ahead. */
    private final class Side {
        private final CsvReader csv;
        private final String name;
        private final int columns;
        private @Nullable List<String> ahead;
        private long aheadKey = -1;
        private long lastKey = -1;
        private boolean started;

        Side(CsvReader csv, String name, int columns) {
            this.csv = csv;
            this.name = name;
            this.columns = columns;
        }

        String location() {
            return csv.location();
        }

        @Nullable List<String> next() {
            List<String> row = csv.next();
            while (row != null && isEndOfFile(row)) {
                row = csv.next();
            }
            if (row == null) {
                return null;
            }
            if (row.size() != columns) {
                throw new InvalidWatchlistInput(csv.location(), "", row.size() + " fields where " + name + " has " + columns);
            }
            long key;
            try {
                key = Long.parseLong(row.getFirst().strip());
            } catch (NumberFormatException e) {
                throw new InvalidWatchlistInput(csv.location(), "ent_num", "not a number: '" + abbreviate(row.getFirst()) + "'");
            }
            if (key < lastKey || (key == lastKey && this == primary)) {
                throw new InvalidWatchlistInput(csv.location(), "ent_num", key + " after " + lastKey + ": OFAC files are sorted by ent_num; this one is not");
            }
            lastKey = key;
            return row;
        }

        /** Feeds the records for {@code key} to {@code action}, skipping (and counting) those for entities not in the primary file. */
        void join(long key, Consumer<List<String>> action) {
            if (!started) {
                ahead = next();
                aheadKey = ahead == null ? Long.MAX_VALUE : lastKey;
                started = true;
            }
            while (ahead != null && aheadKey <= key) {
                if (aheadKey == key) {
                    action.accept(ahead);
                } else {
                    skipped++;
                }
                ahead = next();
                aheadKey = ahead == null ? Long.MAX_VALUE : lastKey;
            }
        }

        void drain() {
            join(Long.MAX_VALUE - 1, row -> {
            });
            try {
                csv.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean isEndOfFile(List<String> row) {
        return row.size() == 1 && (row.getFirst().equals("\u001a") || row.getFirst().isBlank());
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}

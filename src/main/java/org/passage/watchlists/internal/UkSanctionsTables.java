package org.passage.watchlists.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.passage.watchlists.InvalidWatchlistInput;

/**
 * The UK sanctions list as normalised tables (subjects.csv with subject_names, subject_dobs,
 * subject_identifiers and subject_countries keyed by unique_id). Subjects, names and birth dates come sorted
 * by unique_id and are merged as they stream; identifiers and countries are not sorted, so they are indexed
 * first, de-duplicated — memory bounded by those two tables, not by the list.
 */
final class UkSanctionsTables implements EntitySource {

    private final Reader subjects;
    private final Reader names;
    private final @Nullable Reader dobs;
    private final @Nullable Reader identifiers;
    private final @Nullable Reader countries;
    private final String dataset;

    UkSanctionsTables(Reader subjects, Reader names, @Nullable Reader dobs, @Nullable Reader identifiers,
                      @Nullable Reader countries, String dataset) {
        this.subjects = subjects;
        this.names = names;
        this.dobs = dobs;
        this.identifiers = identifiers;
        this.countries = countries;
        this.dataset = dataset;
    }

    @Override
    public void read(Consumer<SourcedEntity> consumer) {
        Map<String, List<String[]>> ids = identifiers == null ? Map.of()
                : index(identifiers, "subject_identifiers.csv", "identifier_type", "raw_value");
        Map<String, List<String[]>> places = countries == null ? Map.of()
                : index(countries, "subject_countries.csv", "country_type", "raw_value");
        try (var subject = new HeaderedCsv(subjects, ',', "subjects.csv", "unique_id", "subject_type");
             var name = new Sorted(new HeaderedCsv(names, ',', "subject_names.csv", "unique_id", "name_type", "full_name"));
             var dob = dobs == null ? null : new Sorted(new HeaderedCsv(dobs, ',', "subject_dobs.csv", "unique_id", "year"))) {
            String previous = "";
            while (subject.next()) {
                String id = subject.get("unique_id");
                if (id.isEmpty() || id.compareTo(previous) <= 0) {
                    throw new InvalidWatchlistInput(subject.location(), "unique_id", "empty, repeated or out of order ('" + OfacLegacyCsv.abbreviate(id) + "')");
                }
                previous = id;
                var draft = new EntityDraft("gb-" + id, UkSanctionsCsv.schema(subject.get("subject_type"), subject.location()));
                draft.add("topics", "sanction").add("programId", id.replaceAll("\\d+$", ""))
                        .add("createdAt", LooseDates.parse(subject.get("date_designated")).stream().findFirst().orElse(""));
                name.join(id, row -> {
                    String full = row.get("full_name");
                    String type = row.get("name_type");
                    if (type.equals("primary") && draft.values("name").isEmpty()) {
                        draft.add("name", full);
                        if (draft.schema().equals("Person")) {
                            draft.add("firstName", row.get("name_1")).add("lastName", row.get("name_6"));
                        }
                    } else if (row.get("alias_strength").startsWith("low")) {
                        draft.add("weakAlias", full);
                    } else {
                        draft.add("alias", full);
                    }
                });
                if (dob != null) {
                    dob.join(id, row -> {
                        String date = row.get("year");
                        if (!row.get("month").isEmpty()) {
                            date += "-" + row.get("month");
                            if (!row.get("day").isEmpty()) {
                                date += "-" + row.get("day");
                            }
                        }
                        LooseDates.parse(date).forEach(d -> draft.add("birthDate", d));
                    });
                }
                for (String[] identifier : ids.getOrDefault(id, List.of())) {
                    draft.add(switch (identifier[0]) {
                        case "passport" -> "passportNumber";
                        case "imo" -> "imoNumber";
                        case "business_registration_numbers" -> "registrationNumber";
                        default -> "idNumber";
                    }, identifier[1]);
                }
                for (String[] place : places.getOrDefault(id, List.of())) {
                    draft.add(switch (place[0]) {
                        case "nationality" -> "nationality";
                        case "birth" -> "birthCountry";
                        default -> "country";
                    }, place[1]);
                }
                if (draft.values("name").isEmpty()) {
                    throw new InvalidWatchlistInput(subject.location(), "unique_id", id + " has no primary name in subject_names.csv");
                }
                consumer.accept(new SourcedEntity(draft.build(dataset), subject.location() + " (" + id + ")"));
            }
        }
    }

    private static Map<String, List<String[]>> index(Reader reader, String file, String typeColumn, String valueColumn) {
        Map<String, Set<List<String>>> seen = new HashMap<>();
        try (var csv = new HeaderedCsv(reader, ',', file, "unique_id", typeColumn, valueColumn)) {
            while (csv.next()) {
                if (!csv.get(valueColumn).isEmpty()) {
                    seen.computeIfAbsent(csv.get("unique_id"), k -> new LinkedHashSet<>()).add(List.of(csv.get(typeColumn), csv.get(valueColumn)));
                }
            }
        }
        Map<String, List<String[]>> index = new HashMap<>();
        seen.forEach((id, values) -> index.put(id, values.stream().map(v -> v.toArray(String[]::new)).toList()));
        return index;
    }

    /** A table sorted by unique_id, consumed in step with subjects.csv. */
    private static final class Sorted implements AutoCloseable {
        private final HeaderedCsv csv;
        private boolean more;
        private String last = "";

        Sorted(HeaderedCsv csv) {
            this.csv = csv;
            this.more = csv.next();
        }

        void join(String id, Consumer<HeaderedCsv> action) {
            while (more && csv.get("unique_id").compareTo(id) <= 0) {
                String key = csv.get("unique_id");
                if (key.compareTo(last) < 0) {
                    throw new InvalidWatchlistInput(csv.location(), "unique_id", "out of order: " + csv.name() + " must be sorted by unique_id");
                }
                last = key;
                if (key.equals(id)) {
                    action.accept(csv);
                }
                more = csv.next();
            }
        }

        @Override
        public void close() {
            csv.close();
        }
    }

    static List<String> tableFiles() {
        return new ArrayList<>(List.of("subjects.csv", "subject_names.csv", "subject_dobs.csv", "subject_identifiers.csv", "subject_countries.csv"));
    }
}

package org.passage.watchlists.internal;

import java.io.Reader;
import java.util.Locale;
import java.util.function.Consumer;
import org.passage.watchlists.InvalidWatchlistInput;

/**
 * The UK sanctions list as the FCDO spreadsheet's CSV: one row per designation ({@code Unique ID, OFSI Group ID,
 * Name, Regime Name, Type, Designation source, Date Designated, Sanctions Imposed}).
 */
final class UkSanctionsCsv implements EntitySource {

    private final Reader in;
    private final String name;
    private final String dataset;
    private long skipped;

    UkSanctionsCsv(Reader in, String name, String dataset) {
        this.in = in;
        this.name = name;
        this.dataset = dataset;
    }

    @Override
    public void read(Consumer<SourcedEntity> consumer) {
        try (var csv = new HeaderedCsv(in, ',', name, "Unique ID", "Name", "Type")) {
            while (csv.next()) {
                String id = csv.get("Unique ID");
                if (!id.matches("[A-Za-z]{2,6}\\d{1,6}")) {
                    throw new InvalidWatchlistInput(csv.location(), "Unique ID", "expected an id like RUS0001, got '" + OfacLegacyCsv.abbreviate(id) + "'");
                }
                String entityName = csv.get("Name");
                if (entityName.isEmpty()) {
                    skipped++; // the FCDO export has designations whose name cell is blank: nothing to screen against
                    continue;
                }
                var draft = new EntityDraft("gb-" + id, schema(csv.get("Type"), csv.location()));
                draft.add("name", entityName).add("programId", csv.get("Regime Name")).add("topics", "sanction")
                        .add("createdAt", LooseDates.parse(csv.get("Date Designated")).stream().findFirst().orElse(""))
                        .add("notes", csv.get("Sanctions Imposed"));
                consumer.accept(new SourcedEntity(draft.build(dataset), csv.location() + " (" + id + ")"));
            }
        }
    }

    @Override
    public long skipped() {
        return skipped;
    }

    static String schema(String type, String location) {
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "individual" -> "Person";
            case "entity" -> "LegalEntity";
            case "ship" -> "Vessel";
            default -> throw new InvalidWatchlistInput(location, "Type", "expected Individual, Entity or Ship, got '" + OfacLegacyCsv.abbreviate(type) + "'");
        };
    }
}

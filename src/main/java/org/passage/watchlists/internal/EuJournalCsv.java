package org.passage.watchlists.internal;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.passage.watchlists.InvalidWatchlistInput;

/**
 * EU sanctions as OpenSanctions transcribes them from the Official Journal (one row per designation and
 * legal context; the entity columns are already FtM property names, multi-valued with "; "). The id is a
 * digest of the row's legal context and name, since {@code recordId} may be empty and repeats across acts.
 */
final class EuJournalCsv implements EntitySource {

    static final Set<String> SCHEMATA = Set.of("Person", "LegalEntity", "Organization", "Company", "Vessel", "Asset");
    private static final List<String> ENTITY_COLUMNS = List.of("alias", "weakAlias", "previousName", "country", "nationality",
            "jurisdiction", "birthDate", "birthPlace", "position", "passportNumber", "gender", "fatherName", "motherName",
            "incorporationDate", "legalForm", "sector", "registrationNumber", "taxNumber", "idNumber", "innCode", "ogrnCode",
            "kppCode", "okpoCode", "leiCode", "swiftBic", "imoNumber", "mmsi", "flag", "address", "notes");

    private final Reader in;
    private final String name;
    private final String dataset;

    EuJournalCsv(Reader in, String name, String dataset) {
        this.in = in;
        this.name = name;
        this.dataset = dataset;
    }

    @Override
    public void read(Consumer<SourcedEntity> consumer) {
        try (var csv = new HeaderedCsv(in, ',', name, "recordId", "programKey", "measure", "schema", "name")) {
            String celexColumn = csv.has("amendmentCelex") ? "amendmentCelex" : "celex";
            if (!csv.has(celexColumn)) {
                throw new InvalidWatchlistInput(name + " line 1", "celex", "column missing: neither celex nor amendmentCelex in the header");
            }
            var ids = new java.util.HashSet<String>();
            while (csv.next()) {
                String schema = csv.get("schema");
                if (!SCHEMATA.contains(schema)) {
                    throw new InvalidWatchlistInput(csv.location(), "schema", "expected one of " + SCHEMATA + ", got '" + OfacLegacyCsv.abbreviate(schema) + "'");
                }
                String entityName = csv.get("name");
                if (entityName.isEmpty()) {
                    throw new InvalidWatchlistInput(csv.location(), "name", "empty");
                }
                String celex = csv.get(celexColumn);
                String key = String.join("\u001f", celex, csv.get("annex"), csv.get("programKey"), csv.get("measure"),
                        csv.get("recordId"), schema, entityName);
                if (csv.get("recordId").isEmpty()) {
                    // no printed entry number: namesakes in one annex are told apart by what else the row says
                    key += "\u001f" + String.join("\u001f", ENTITY_COLUMNS.stream().map(csv::get).toList());
                }
                String id = "eu-" + celex + "-" + digest(key);
                for (int n = 2; !ids.add(id); n++) {
                    id = "eu-" + celex + "-" + digest(key) + "-" + n; // the same entry printed twice in one act
                }
                var draft = new EntityDraft(id, schema.equals("Asset") ? "LegalEntity" : schema);
                draft.add("name", entityName).add("programId", csv.get("programKey")).add("topics", "sanction");
                for (String column : ENTITY_COLUMNS) {
                    for (String value : MultiValues.split(csv.get(column))) {
                        if (column.endsWith("Date")) {
                            // printed as in the act ("4 Apr. 1944", "17.3.2014"); FtM and screening want ISO
                            LooseDates.parse(value).forEach(d -> draft.add(column, d));
                        } else {
                            draft.add(column, value);
                        }
                    }
                }
                String record = csv.location() + " (" + celex + (csv.get("recordId").isEmpty() ? "" : " #" + csv.get("recordId")) + ")";
                consumer.accept(new SourcedEntity(draft.build(dataset), record));
            }
        }
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Splits "Foo; Bar" and {@code "Foo; Bar"; Baz} (values CSV-quoted within the cell) into values. */
    static final class MultiValues {
        private MultiValues() {
        }

        static List<String> split(String cell) {
            if (cell.isEmpty()) {
                return List.of();
            }
            if (cell.indexOf(';') < 0 && cell.indexOf('"') < 0) {
                return List.of(cell);
            }
            List<String> values = new ArrayList<>();
            var current = new StringBuilder();
            boolean quoted = false;
            boolean atStart = true;
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < cell.length() && cell.charAt(i + 1) == '"') {
                        current.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        current.append(c);
                    }
                } else if (c == '"' && atStart) {
                    quoted = true;
                    atStart = false;
                } else if (c == ';') {
                    values.add(current.toString().strip());
                    current.setLength(0);
                    atStart = true;
                } else if (c == ' ' && atStart) {
                    // skip the space after the separator
                } else {
                    current.append(c);
                    atStart = false;
                }
            }
            values.add(current.toString().strip());
            return values.stream().filter(v -> !v.isEmpty()).toList();
        }
    }
}

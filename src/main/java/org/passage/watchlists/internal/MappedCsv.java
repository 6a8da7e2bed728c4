package org.passage.watchlists.internal;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.passage.watchlists.InvalidWatchlistInput;

/** Any CSV with a header, read through a {@link ColumnMapping}: a mapped column missing from the header fails on line 1. */
final class MappedCsv implements EntitySource {

    private final Reader in;
    private final String name;
    private final ColumnMapping mapping;
    private final String dataset;

    MappedCsv(Reader in, String name, ColumnMapping mapping, String dataset) {
        this.in = in;
        this.name = name;
        this.mapping = mapping;
        this.dataset = dataset;
    }

    @Override
    public void read(Consumer<SourcedEntity> consumer) {
        List<String> required = new ArrayList<>();
        mapping.properties().values().forEach(required::addAll);
        if (mapping.idColumn() != null) {
            required.add(mapping.idColumn());
        }
        if (mapping.schemaColumn() != null) {
            required.add(mapping.schemaColumn());
        }
        Pattern separator = mapping.separator() == null ? null : Pattern.compile("\\s*" + Pattern.quote(mapping.separator()) + "\\s*");
        try (var csv = new HeaderedCsv(in, mapping.delimiter(), name, required.toArray(String[]::new))) {
            while (csv.next()) {
                String schema = mapping.schema();
                if (mapping.schemaColumn() != null) {
                    String raw = csv.get(mapping.schemaColumn());
                    schema = mapping.schemaValues().getOrDefault(raw, ColumnMapping.SCHEMATA.contains(raw) ? raw : "");
                    if (schema.isEmpty()) {
                        throw new InvalidWatchlistInput(csv.location(), mapping.schemaColumn(), "'" + OfacLegacyCsv.abbreviate(raw) + "' maps to no schema");
                    }
                }
                var draft = new EntityDraft("", schema);
                mapping.properties().forEach((property, columns) -> {
                    for (String column : columns) {
                        String cell = csv.get(column);
                        if (separator == null) {
                            draft.add(property, cell);
                        } else {
                            for (String value : separator.split(cell)) {
                                draft.add(property, value);
                            }
                        }
                    }
                });
                if (draft.values("name").isEmpty()) {
                    throw new InvalidWatchlistInput(csv.location(), mapping.properties().get("name").getFirst(), "empty: every row needs a name");
                }
                String id;
                if (mapping.idColumn() != null) {
                    id = csv.get(mapping.idColumn());
                    if (id.isEmpty()) {
                        throw new InvalidWatchlistInput(csv.location(), mapping.idColumn(), "empty: every row needs an id");
                    }
                } else {
                    id = digest(schema + "\u001f" + String.join("\u001f", draft.values("name")) + "\u001f" + String.join("\u001f", draft.values("birthDate")));
                }
                consumer.accept(new SourcedEntity(draft.id(id).build(dataset), csv.location()));
            }
        }
    }

    private static String digest(String key) {
        try {
            return "csv-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

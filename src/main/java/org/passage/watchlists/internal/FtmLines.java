package org.passage.watchlists.internal;

import java.io.Reader;
import java.util.Set;
import java.util.function.Consumer;
import org.passage.watchlists.FtmEntityJson;
import org.passage.watchlists.InvalidWatchlistInput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * FollowTheMoney entities, one JSON object a line, as OpenSanctions exports them. Only schemata that carry
 * names screening can match (people, organizations, vessels …) are imported; links, addresses and payments
 * are counted as skipped.
 */
final class FtmLines implements EntitySource {

    static final Set<String> MATCHABLE = Set.of("Person", "Organization", "Company", "LegalEntity", "PublicBody",
            "Vessel", "Airplane");
    private static final int MAX_LINE = 8 << 20;

    private final Reader in;
    private final String name;
    private long skipped;

    FtmLines(Reader in, String name) {
        this.in = in;
        this.name = name;
    }

    @Override
    public void read(Consumer<SourcedEntity> consumer) {
        var lines = new LineReader(in, name, MAX_LINE);
        String line;
        while ((line = lines.next()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(line);
            } catch (JacksonException e) {
                throw new InvalidWatchlistInput(lines.location() + " column " + e.getLocation().getColumnNr(), "",
                        "malformed JSON: " + e.getOriginalMessage(), e);
            }
            if (node != null && node.isObject() && node.has("op") && node.has("entity")) {
                throw new InvalidWatchlistInput(lines.location(), "op", "this is a delta file (op/entity), not a full list; import entities.ftm.json");
            }
            try {
                var entity = FtmEntityJson.read(node);
                if (!MATCHABLE.contains(entity.schema())) {
                    skipped++;
                    continue;
                }
                consumer.accept(new SourcedEntity(entity, lines.location()));
            } catch (FtmEntityJson.InvalidEntityException e) {
                throw new InvalidWatchlistInput(lines.location(), e.field(), e.getMessage().substring(e.field().length() + 2), e);
            } catch (IllegalArgumentException | NullPointerException | JacksonException e) {
                throw new InvalidWatchlistInput(lines.location(), "", String.valueOf(e.getMessage()), e);
            }
        }
    }

    @Override
    public long skipped() {
        return skipped;
    }
}

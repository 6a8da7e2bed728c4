package org.passage.bench.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.passage.watchlists.FtmEntityJson;
import org.passage.watchlists.ListedEntity;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One judgement in the OpenSanctions pairs format: {@code {"left": entity, "right": entity, "judgement":
 * "positive"|"negative", "group": optional}}. {@link #read} takes a JSON array or JSON lines and names the
 * pair (its position) and field at fault when something is malformed.
 */
public record LabelledPair(ListedEntity left, ListedEntity right, boolean positive, String group) {

    public static List<LabelledPair> read(Reader in) throws IOException {
        var mapper = JsonMapper.builder().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        var reader = new PushbackReader(new BufferedReader(in), 1);
        int c;
        do {
            c = reader.read();
        } while (c != -1 && Character.isWhitespace(c));
        if (c == -1) {
            return List.of();
        }
        reader.unread(c);
        List<LabelledPair> pairs = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(reader)) {
            if (c == '[') {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new IllegalArgumentException("expected a JSON array");
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    pairs.add(of(mapper.readTree(parser), pairs.size() + 1));
                }
            } else {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    pairs.add(of(mapper.readTree(parser), pairs.size() + 1));
                }
            }
        }
        return pairs;
    }

    static LabelledPair of(JsonNode node, int number) {
        try {
            ListedEntity left = FtmEntityJson.read(node.get("left"));
            ListedEntity right = FtmEntityJson.read(node.get("right"));
            JsonNode judgement = node.get("judgement");
            if (judgement == null || !judgement.isString()) {
                throw new IllegalArgumentException("judgement: missing");
            }
            boolean positive = switch (judgement.asString()) {
                case "positive" -> true;
                case "negative" -> false;
                default -> throw new IllegalArgumentException("judgement: expected positive or negative");
            };
            String group = node.hasNonNull("group") ? node.get("group").asString() : "";
            return new LabelledPair(left, right, positive, group);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pair " + number + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "LabelledPair[" + left.id() + ", " + right.id() + ", " + positive + "]";
    }
}

package org.passage.watchlists.internal;

import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper the importers share (thread-safe, built once). */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** For reading one value out of a larger document (an entry of OFAC's "entries" array). */
    static final tools.jackson.databind.ObjectReader TREE_IN_STREAM = MAPPER.readerFor(tools.jackson.databind.JsonNode.class)
            .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }
}

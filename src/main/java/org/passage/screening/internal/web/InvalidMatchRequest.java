package org.passage.screening.internal.web;

/** A match or search request that can't be screened; {@link #field()} names the part at fault, e.g. {@code queries.q1.properties.name}. */
final class InvalidMatchRequest extends RuntimeException {

    private final String field;

    InvalidMatchRequest(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}

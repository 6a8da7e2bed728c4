package org.passage.cases.internal;

/** A form or API field that was wrong; {@link #field()} names it so the page can show the message beside it. */
final class InvalidCaseInput extends IllegalArgumentException {

    private final String field;

    InvalidCaseInput(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}

package org.passage.units.internal;

/** An analyst's input that cannot be stored, naming the field at fault and the message key of why; nothing was changed. */
class InvalidUnitInput extends RuntimeException {

    private final String field;

    InvalidUnitInput(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}

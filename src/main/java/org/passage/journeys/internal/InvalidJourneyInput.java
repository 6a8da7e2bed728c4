package org.passage.journeys.internal;

/**
 * A form field that was wrong: {@link #field()} names it so the page can show the message beside it, and
 * {@link #messageKey()} says what is wrong in the reader's language. The English text is the exception message.
 */
final class InvalidJourneyInput extends IllegalArgumentException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    InvalidJourneyInput(String field, String messageKey, String english, Object... arguments) {
        super(english);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    Object[] arguments() {
        return arguments.clone();
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}

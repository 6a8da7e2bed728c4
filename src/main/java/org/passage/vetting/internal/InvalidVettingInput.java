package org.passage.vetting.internal;

/**
 * A form field that was wrong: {@link #field()} names it so the page can show the message beside it, and
 * {@link #messageKey()} says what is wrong in the reader's language. The English text is the exception message.
 */
final class InvalidVettingInput extends IllegalArgumentException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    InvalidVettingInput(String field, String messageKey, String english, Object... arguments) {
        super(english);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}

package org.passage.cases.internal;

/** A form or API field that was wrong; {@link #field()} names it so the page can show the message beside it. */
final class InvalidCaseInput extends IllegalArgumentException {

    private final String field;
    private final Object[] arguments;

    /** {@code message} is English text, or a message key when {@code arguments} are given or it starts with "cases.". */
    InvalidCaseInput(String field, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toArray();
    }

    Object[] arguments() {
        return arguments.clone();
    }

    /** The message in {@code locale} (a key is looked up; English text is kept as it is). */
    String text(org.springframework.context.MessageSource messages, java.util.Locale locale) {
        return messages.getMessage(getMessage(), arguments, getMessage(), locale);
    }

    String field() {
        return field;
    }
}

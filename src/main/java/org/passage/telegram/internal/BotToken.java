package org.passage.telegram.internal;

import java.util.regex.Pattern;

/**
 * The bot's token from BotFather: a credential for the whole bot. {@link #toString()} is redacted, and
 * {@link #redact} scrubs it (and anything shaped like a token) out of a text before it is logged.
 */
record BotToken(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\d{3,}:[A-Za-z0-9_-]{20,}");
    private static final Pattern IN_URL = Pattern.compile("/bot[^/\\s]+");

    BotToken {
        if (value == null || value.isBlank() || value.length() > 200 || value.chars().anyMatch(c -> c <= ' ' || c == '/')) {
            throw new IllegalArgumentException("a Telegram bot token is one word without slashes");
        }
    }

    String redact(String text) {
        if (text == null) {
            return "";
        }
        String out = text.replace(value, "[REDACTED]");
        out = SHAPE.matcher(out).replaceAll("[REDACTED]");
        return IN_URL.matcher(out).replaceAll("/bot[REDACTED]");
    }

    @Override
    public String toString() {
        return "BotToken[REDACTED]";
    }
}

package org.passage.telegram.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Keeps the bot token out of the logs. The library puts it in every URL ({@code /bot<TOKEN>/getUpdates}) and
 * logs its own errors with their causes; so every enabled event of the library's and OkHttp's loggers, and every
 * event with an exception, is held back, rendered, scrubbed, and logged again (without the stack trace, whose
 * messages may carry the URL) under {@code org.passage.telegram.library}.
 */
final class TokenRedaction extends TurboFilter {

    private static final String OUT = "org.passage.telegram.library";
    private final BotToken token;
    private final org.slf4j.Logger out = LoggerFactory.getLogger(OUT);

    private TokenRedaction(BotToken token) {
        this.token = token;
    }

    /** Installs the filter when logging is Logback (always, in Passage); returns a handle to remove it again. */
    static Runnable install(BotToken token) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return () -> { };
        }
        var filter = new TokenRedaction(token);
        filter.setName("telegram-token-redaction");
        filter.start();
        context.addTurboFilter(filter);
        return () -> context.getTurboFilterList().remove(filter);
    }

    @Override
    public FilterReply decide(@Nullable Marker marker, Logger logger, Level level, @Nullable String format, Object @Nullable [] params,
                              @Nullable Throwable t) {
        if (level == null || !level.isGreaterOrEqual(logger.getEffectiveLevel()) || logger.getName().startsWith(OUT)) {
            return FilterReply.NEUTRAL;
        }
        boolean library = logger.getName().startsWith("org.telegram") || logger.getName().startsWith("okhttp3");
        if (!library && t == null && (params == null || params.length == 0) && (format == null || !format.contains(token.value()))) {
            return FilterReply.NEUTRAL;
        }
        var formatted = MessageFormatter.arrayFormat(format, params);
        String rendered = formatted.getMessage() + causes(t != null ? t : formatted.getThrowable());
        String scrubbed = token.redact(rendered);
        if (!library && scrubbed.equals(rendered)) {
            return FilterReply.NEUTRAL;
        }
        String line = "[" + logger.getName() + "] " + scrubbed;
        switch (level.toInt()) {
            case Level.ERROR_INT -> out.error(line);
            case Level.WARN_INT -> out.warn(line);
            case Level.INFO_INT -> out.info(line);
            default -> out.debug(line);
        }
        return FilterReply.DENY;
    }

    private static String causes(@Nullable Throwable t) {
        var text = new StringBuilder();
        for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
            text.append(depth == 0 ? " — " : " ← ").append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}

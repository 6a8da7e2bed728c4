package org.passage.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.passage.web.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * When PostgreSQL is gone (killed, restarting, unreachable), a request fails within the pool's connection timeout
 * and gets a 503 with Retry-After instead of hanging or a generic error: a plain page (or problem JSON under
 * {@code /api/}) saying the database is being reconnected and nothing was changed. The page needs nothing from the
 * database, unlike the normal layout; the first filter of all, so that failures inside the security and session
 * filters are caught too. Once the database is back, the pool reconnects and the same request succeeds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    static final int RETRY_AFTER_SECONDS = 5;

    private final MessageSource messages;

    DatabaseUnavailable(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Reason reason = reason(e);
            if (reason == null || response.isCommitted()) {
                throw e;
            }
            log.warn("database {} for {} {}: {}", reason == Reason.BUSY ? "busy" : "unavailable", request.getMethod(),
                    loggedPath(request.getRequestURI()), rootMessage(e));
            unavailable(request, response, reason);
        }
    }

    /** Why no connection could be had: the database is gone, or every pooled connection stayed busy. */
    enum Reason { LOST, BUSY }

    /**
     * LOST: a refused or reset socket, SQLSTATE 08 or 57P anywhere in the causes. BUSY: the pool's wait ran out with
     * no connection failure behind it (the database is there, every connection was in use). Null: something else.
     */
    static @org.jspecify.annotations.Nullable Reason reason(Throwable e) {
        boolean timedOut = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return Reason.LOST;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return Reason.LOST;
            }
            timedOut |= t instanceof SQLTransientConnectionException || t instanceof CannotGetJdbcConnectionException;
        }
        return timedOut ? Reason.BUSY : null;
    }

    /**
     * The address as a log line may keep it: a segment that could be a secret (a check-in link's token: a long run of
     * letters, digits, - and _ that is not an id) is left out, since whoever reads the log could check in with it.
     */
    static String loggedPath(String path) {
        return SECRET_SEGMENT.matcher(path).replaceAll("/…");
    }

    private static final java.util.regex.Pattern SECRET_SEGMENT = java.util.regex.Pattern.compile(
            "/(?![0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?:/|$))[A-Za-z0-9_-]{20,}(?=/|$)");

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response, Reason reason) throws IOException {
        Locale locale = request.getLocale();
        String key = reason == Reason.BUSY ? "database.busy" : "database.unavailable";
        String title = messages.getMessage(key + ".title", null, "The database is not reachable", locale);
        String text = messages.getMessage(key + ".text", null,
                "Passage lost its database and is reconnecting. Nothing was changed. Try again in a few seconds.", locale);
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        // reset() dropped whatever headers the security chain wrote (or it failed before writing any): this page is
        // framed, sniffed, cached or scripted no more than any other
        SecurityHeaders.write(request, response);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
                    + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(locale.getLanguage()) + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/css/passage.css\"></head><body><main><section class=\"card narrow\" id=\"database-unavailable\"><h1>"
                + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(text) + "</p><p><a class=\"button\" href=\""
                + HtmlUtils.htmlEscape(request.getRequestURI()) + "\">" + HtmlUtils.htmlEscape(messages.getMessage("database.unavailable.retry",
                null, "Try again", locale)) + "</a></p></section></main></body></html>");
    }
}

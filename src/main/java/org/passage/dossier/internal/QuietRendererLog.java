package org.passage.dossier.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.logging.Level;

/**
 * openhtmltopdf's log, sent to SLF4J at WARNING and above only: its INFO lines (a dozen per render, on standard
 * error by default) say nothing an operator needs, and the log must never carry a dossier's contents, which
 * only a document's text could put there.
 */
final class QuietRendererLog implements XRLogger {

    private static final Logger log = LoggerFactory.getLogger("org.passage.dossier.renderer");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, @org.jspecify.annotations.Nullable Throwable th) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            log.warn("{}: {}{}", where, message, th == null ? "" : " (" + th.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // fixed: WARNING and above
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}

package org.passage.screening.internal.web;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportReport;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.Watchlists;

/** Imports the invented test list and waits until the live index and the re-screening have caught up. */
final class ScreeningFixture {

    private ScreeningFixture() {
    }

    static Path file(String name) {
        try {
            return Path.of(ScreeningFixture.class.getResource("/org/passage/screening/web/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports {@code file} as the next version of {@code list}; each test class uses its own list, as test classes may share a context. */
    static ImportReport importVersion(Watchlists watchlists, ScreeningWork work, String list, String file) throws Exception {
        ImportReport report = watchlists.importVersion(new ImportRequest(list, ImportFormat.FTM, file(file), null), ImportProgress.NONE);
        // the event already queued a rebuild; this one runs after it on the same worker, so when it ends both are done
        work.submit().get();
        return report;
    }
}

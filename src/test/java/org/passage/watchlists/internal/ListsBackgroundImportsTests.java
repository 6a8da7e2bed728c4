package org.passage.watchlists.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.audit.AuditEvent;
import org.passage.watchlists.ImportFormat;

/** One import at a time, the uploaded file always deleted, and the run telling how far it got. */
class ListsBackgroundImportsTests {

    private final BlockingWatchlists blocking = new BlockingWatchlists();
    private final List<AuditEvent> audited = new ArrayList<>();

    @Test
    void aSecondStartWhileOneRunsIsRefusedAndEveryUploadIsDeleted() throws Exception {
        var imports = new ListImports(blocking, audited::add, Clock.systemUTC());
        try {
            Path first = upload();
            ImportRun run = imports.start("demo", ImportFormat.FTM, first);
            Path second = upload();
            assertThatThrownBy(() -> imports.start("demo", ImportFormat.FTM, second)).isInstanceOf(ListImports.Busy.class);
            assertThat(second).doesNotExist();
            assertThat(second.getParent()).doesNotExist();
            assertThat(imports.running()).isTrue();
            blocking.release();
            waitFor(run);
            assertThat(run.report()).isNotNull();
            assertThat(run.records()).isEqualTo(5);
            assertThat(run.percent()).isEqualTo(25);
            assertThat(first).doesNotExist();
            assertThat(imports.running()).isFalse();
            assertThat(audited).extracting(AuditEvent::detail).containsExactly("started: format ftm",
                    "finished: ACTIVATED version 1, 5 entities, added 5, changed 0, removed 0");
        } finally {
            imports.destroy();
        }
    }

    @Test
    void aRefusedFileKeepsLocationAndFieldAndIsAuditedAsFailed() throws Exception {
        blocking.refuse();
        blocking.release();
        var imports = new ListImports(blocking, audited::add, Clock.systemUTC());
        try {
            Path file = upload();
            ImportRun run = imports.start("demo", ImportFormat.FTM, file);
            waitFor(run);
            assertThat(run.failure()).isNotNull();
            assertThat(run.failure().location()).isEqualTo("x.json line 7");
            assertThat(run.failure().field()).isEqualTo("name");
            assertThat(file).doesNotExist();
            assertThat(audited.getLast().outcome()).isEqualTo(AuditEvent.Outcome.FAILED);
            assertThat(audited.getLast().detail()).isEqualTo("failed: x.json line 7, field name");
        } finally {
            imports.destroy();
        }
    }

    private static Path upload() throws Exception {
        Path folder = Files.createTempDirectory(ListsPages.TEMP_PREFIX);
        return Files.writeString(folder.resolve("x.json"), "{}\n");
    }

    private static void waitFor(ImportRun run) throws InterruptedException {
        for (int i = 0; i < 300 && !run.finished(); i++) {
            Thread.sleep(100);
        }
        assertThat(run.finished()).as("the run finished").isTrue();
    }
}

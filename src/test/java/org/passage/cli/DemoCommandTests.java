package org.passage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code passage demo}'s flags reach the application as the properties its features read. */
class DemoCommandTests {

    @Test
    void theDataFolderIsGivenOnTheCommandLine() {
        var demo = new DemoCommand();
        new CommandLine(demo).parseArgs("--port", "8711", "--data-from", "/srv/shared/data");
        assertThat(demo.applicationProperties()).containsEntry("passage.datasets.demo-from", "/srv/shared/data")
                .containsEntry("server.port", 8711);
    }

    @Test
    void withoutTheFlagTheDemoKeepsItsDefaultFolder() {
        var demo = new DemoCommand();
        new CommandLine(demo).parseArgs();
        assertThat(demo.applicationProperties()).doesNotContainKey("passage.datasets.demo-from");
    }
}

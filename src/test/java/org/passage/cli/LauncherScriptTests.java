package org.passage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./passage} launcher, run by bash in a copy of the project whose Maven wrapper and JDK are stubs: the wrapper
 * writes {@code target/passage.jar} in place (as a real build does), the stub {@code java} prints the jar it was given and
 * what that jar holds. A newcomer who edited a file and started a second demo rebuilt the jar the first demo was running
 * from, and the first one's class loading broke: each run must use its own copy, which a later build leaves alone.
 */
class LauncherScriptTests {

    @TempDir
    Path project;

    private void stubs() throws IOException {
        Files.copy(Path.of("passage"), project.resolve("passage"));
        Files.createDirectories(project.resolve(".ci"));
        Files.writeString(project.resolve(".ci/jdk.sh"), "JAVA_HOME=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")/..\" && pwd)/jdk\"; export JAVA_HOME\n");
        executable(project.resolve("jdk/bin/java"), """
                #!/usr/bin/env bash
                while [ $# -gt 0 ]; do
                  if [ "$1" = "-jar" ]; then echo "$2"; cat "$2"; echo; exit 0; fi
                  shift
                done
                exit 3
                """);
        // a build rewrites the jar in place: the same file, truncated and written again
        executable(project.resolve("mvnw"), """
                #!/usr/bin/env bash
                mkdir -p target
                cat next-build > target/passage.jar
                """);
        Files.createDirectories(project.resolve("src/main"));
        Files.writeString(project.resolve("src/main/Source.java"), "class Source {}");
        Files.writeString(project.resolve("pom.xml"), "<project/>");
    }

    private static void executable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs {@code ./passage demo}; the stub java's answer: the jar's path, then its content. */
    private List<String> launch() throws Exception {
        var process = new ProcessBuilder("bash", project.resolve("passage").toString(), "demo").directory(project.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    @Test
    void aSecondDemoAfterAnEditLeavesTheJarTheFirstRunsFromAsItWas() throws Exception {
        stubs();
        Files.writeString(project.resolve("next-build"), "build one");
        var first = launch();
        assertThat(first.get(1)).isEqualTo("build one");
        Path running = Path.of(first.get(0));

        // the newcomer edits a source file and starts a second demo: the launcher rebuilds
        Files.writeString(project.resolve("next-build"), "build two");
        Files.setLastModifiedTime(project.resolve("src/main/Source.java"), FileTime.from(Instant.now().plusSeconds(60)));
        var second = launch();
        assertThat(second.get(1)).isEqualTo("build two");
        assertThat(Files.readString(project.resolve("target/passage.jar"))).isEqualTo("build two");

        assertThat(Path.of(second.get(0))).isNotEqualTo(running);
        assertThat(running).isNotEqualTo(project.resolve("target/passage.jar"));
        assertThat(Files.readString(running)).as("the first demo's jar after the second build").isEqualTo("build one");
    }

    @Test
    void anUnchangedJarIsRunFromTheSameCopyAndNoCopyIsLeftHalfWritten() throws Exception {
        stubs();
        Files.writeString(project.resolve("next-build"), "build one");
        var first = launch();
        var again = launch();
        assertThat(again).isEqualTo(first);
        try (var copies = Files.list(project.resolve("target/run"))) {
            assertThat(copies.map(p -> p.getFileName().toString()).toList()).singleElement().asString().startsWith("passage-").endsWith(".jar");
        }
    }
}

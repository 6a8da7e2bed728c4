package org.passage.cli.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.geo.GeoFixtures;
import picocli.CommandLine;

/** {@code passage geo status} on the fixture data: what it prints, its last line and its exit codes. */
class GeoCommandTests {

    private record Run(int exitCode, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private static Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("status", "--data", GeoFixtures.fixtureData().toString()));
        all.addAll(List.of(args));
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = new CommandLine(new GeoCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void coordinatesOnADate() {
        Run run = run("--lat", "50.5436", "--lon", "30.2120", "--date", "2022-03-15");
        assertThat(run.exitCode()).isZero();
        assertThat(run.lastLine()).isEqualTo("status=occupied-ukraine");
        assertThat(run.out()).contains("country:    Ukraine").contains("area:       Kyiv Oblast, Test Raion")
                .contains("nzz_2022-03-09.geojson").contains("km from the line of contact").contains("since:      2022-03-09");
    }

    @Test
    void placeNamesInBothScriptsAndRanges() {
        Run cyrillic = run("--place", "Буча", "--date", "2022-05-01");
        assertThat(cyrillic.out()).contains("\"Буча\" → Bucha (Буча), Kyiv Oblast, UA");
        assertThat(cyrillic.lastLine()).isEqualTo("status=ukraine");
        Run range = run("--place", "Bucha", "--date", "2022-03", "--to", "2022-04");
        assertThat(range.out()).contains("occupied for part of the period (1 of 3 snapshots)");
        assertThat(range.lastLine()).isEqualTo("status=occupied-ukraine");
        assertThat(run("--place", "Minsk", "--date", "spring 2023").lastLine()).isEqualTo("status=belarus");
        assertThat(run("--place", "Belgorod", "--date", "2023-01-01").lastLine()).isEqualTo("status=russia");
        assertThat(run("--place", "Almaty", "--date", "2023-01-01").lastLine()).isEqualTo("status=other");
    }

    @Test
    void errorsGoToStandardErrorWithANonZeroExit() {
        Run unknown = run("--place", "Atlantis", "--date", "2022-03-15");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: unknown place \"Atlantis\"");
        assertThat(unknown.out()).doesNotContain("status=");
        Run ambiguous = run("--place", "Semenivka", "--date", "2022-03-15");
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("ambiguous place \"Semenivka\": candidates");
        Run early = run("--place", "Bucha", "--date", "2010-01-01");
        assertThat(early.exitCode()).isEqualTo(2);
        assertThat(early.err()).contains("outside the dates the loaded data covers");
        Run badDate = run("--place", "Bucha", "--date", "2022-13-01");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("not a valid date");
        assertThat(run("--date", "2022-03-15").exitCode()).isNotZero();
    }
}

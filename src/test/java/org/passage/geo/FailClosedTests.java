package org.passage.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.passage.geo.GeoFixtures.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.passage.cli.geo.GeoCommand;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Issue 12: without the occupied-territory series (a clone without ../shared) nothing may be called "not
 * occupied" for a place and date that could not be checked; the facts stated from rules alone name their source;
 * with the real series present the same questions get the right answers.
 */
class FailClosedTests {

    static final Coordinates IZIUM = new Coordinates(49.2128, 37.2569);
    static final Coordinates MARIUPOL = new Coordinates(47.0971, 37.5434);

    /** Only what ships with Passage: the state of a fresh clone. */
    private static final Territory bare = GeoData.load(null, TODAY).territory();

    static Stream<Arguments> uncheckable() {
        return Stream.of(Arguments.of("Bucha", BUCHA, "2022-03-15"), Arguments.of("Izium", IZIUM, "2022-06"),
                Arguments.of("Mariupol", MARIUPOL, "2023-03"), Arguments.of("Donetsk", DONETSK, "2021-03"));
    }

    static Stream<Arguments> occupiedInTruth() {
        return Stream.concat(uncheckable(), Stream.of(Arguments.of("Simferopol", SIMFEROPOL, "2019")));
    }

    @ParameterizedTest(name = "{0} {2} without data: unchecked")
    @MethodSource("uncheckable")
    void withoutTheSeriesTheAnswerIsUncheckedNeverUkraine(String name, Coordinates point, String date) {
        TerritoryStatus status = bare.status(point, DatePeriod.parse(date));
        assertThat(status.status()).isEqualTo(GeoStatus.UNCHECKED);
        assertThat(status.occupation()).isEqualTo(Occupation.NOT_CHECKED);
        assertThat(status.unchecked()).isNotEmpty();
        assertThat(status.checks()).noneMatch(c -> !c.occupied());
        assertThat(status.notes()).anyMatch(n -> n.contains("no occupation data for these dates"));
        assertThat(bare.statusAt(point, DatePeriod.parse(date).from())).isEqualTo(GeoStatus.UNCHECKED);
    }

    @Test
    void crimeaIsStatedFromTheLawAndTheUnResolutionWithTheirAddresses() {
        TerritoryStatus simferopol = bare.status(SIMFEROPOL, DatePeriod.parse("2019"));
        assertThat(simferopol.status()).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(simferopol.occupation()).isEqualTo(Occupation.ALL);
        assertThat(simferopol.occupiedSince()).isEqualTo(LocalDate.of(2014, 2, 20));
        assertThat(simferopol.checks()).allSatisfy(c -> assertThat(c.source())
                .contains("68/262").contains("https://digitallibrary.un.org/record/767565").contains("https://zakon.rada.gov.ua/laws/show/1207-18"));
        assertThat(bare.sources()).anyMatch(s -> s.contains("68/262")).anyMatch(s -> s.contains("NO series loaded"));
    }

    @Test
    void theMapOfAnUncheckedDaySaysSo() {
        assertThat(bare.mapLayers(LocalDate.of(2022, 3, 15))).contains("\"unchecked\":\"occupation not checked on 2022-03-15");
        // kept layers never carry the note of another day
        assertThat(bare.mapLayers(LocalDate.of(2022, 3, 16))).contains("\"unchecked\":\"occupation not checked on 2022-03-16");
        assertThat(bare.mapLayers(LocalDate.of(2022, 3, 15))).contains("\"unchecked\":\"occupation not checked on 2022-03-15");
        Territory fixture = GeoData.load(fixtureData(), TODAY).territory();
        assertThat(fixture.mapLayers(LocalDate.of(2022, 3, 15))).doesNotContain("\"unchecked\"");
        assertThat(fixture.mapLayers(LocalDate.of(2019, 3, 15))).doesNotContain("\"unchecked\"");
    }

    @Test
    void dataOlderThanTheMaximumAgeWarns() {
        Territory stale = GeoData.load(fixtureData(), TODAY).territory();
        assertThat(stale.warnings()).singleElement().asString().contains("2024-07-14").contains("./passage data update");
        assertThat(stale.status(BUCHA, DatePeriod.parse("2022-03-15")).warnings()).isNotEmpty();
        assertThat(stale.status(BELGOROD, DatePeriod.parse("2022-03-15")).warnings()).isEmpty();
        Territory fresh = GeoData.load(fixtureData(), Clock.fixed(LocalDate.of(2024, 7, 20).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC)).territory();
        assertThat(fresh.warnings()).isEmpty();
        assertThat(fresh.status(BUCHA, DatePeriod.parse("2022-03-15")).warnings()).isEmpty();
    }

    @Test
    void theSeriesMissingForTheFirstDaysOfTheInvasionLeavesThemUnchecked() {
        Territory fixture = GeoData.load(fixtureData(), TODAY).territory();
        // the fixture's pre-2022 line is loaded: 2019 is answered by the rule, 2014 near Donbas is not
        assertThat(fixture.status(BUCHA, DatePeriod.parse("2019")).status()).isEqualTo(GeoStatus.UKRAINE);
        TerritoryStatus early = fixture.status(new Coordinates(48.5, 38.5), DatePeriod.parse("2014-06"));
        assertThat(early.status()).isIn(GeoStatus.UNCHECKED, GeoStatus.OCCUPIED_UKRAINE);
    }

    @ParameterizedTest(name = "geo status --place {0} --date {2} without data")
    @MethodSource("uncheckable")
    void theCommandPrintsUncheckedAndWhy(String name, Coordinates point, String date, @TempDir Path empty) {
        var out = new StringWriter();
        var commandLine = new CommandLine(new GeoCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        int code = commandLine.execute("status", "--data", empty.toString(), "--lat", String.valueOf(point.latitude()),
                "--lon", String.valueOf(point.longitude()), "--date", date);
        assertThat(code).isZero();
        String text = out.toString().strip();
        assertThat(text).endsWith("status=unchecked").contains("reason:").contains("no occupation data for these dates")
                .doesNotContainIgnoringCase("not occupied").doesNotContainIgnoringCase("held by Ukraine");
    }

    @Test
    void theReadmeExampleWithoutData(@TempDir Path empty) throws IOException {
        Files.createDirectories(empty.resolve("occupied-territory"));
        var out = new StringWriter();
        var commandLine = new CommandLine(new GeoCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        assertThat(commandLine.execute("status", "--data", empty.toString(), "--place", "Bucha", "--date", "2022-03-15")).isZero();
        assertThat(out.toString().strip()).endsWith("status=unchecked").doesNotContain("not occupied");
    }

    @ParameterizedTest(name = "{0} {2} with the real series: occupied")
    @MethodSource("occupiedInTruth")
    void withTheRealSeriesTheAnswersAreRight(String name, Coordinates point, String date) {
        assumeTrue(sharedDataPresent(), "needs the shared data folder");
        Territory real = RealData.territory();
        TerritoryStatus status = real.status(point, DatePeriod.parse(date));
        assertThat(status.status()).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(status.unchecked()).isEmpty();
        assertThat(real.status(LVIV, DatePeriod.parse(date)).status()).isEqualTo(GeoStatus.UKRAINE);
    }

    /** The real data loaded once for all parameterized cases. */
    private static final class RealData {
        private static final Territory TERRITORY = GeoData.load(SHARED_DATA, TODAY).territory();

        static Territory territory() {
            return TERRITORY;
        }
    }
}

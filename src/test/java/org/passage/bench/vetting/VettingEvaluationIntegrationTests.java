package org.passage.bench.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code passage eval vetting} on a subset of its applicants, against PostgreSQL, the page's desk and the real geo data
 * (or the fixture where the shared data is absent), so the evaluation cannot break unnoticed: clean men, Crimea, the
 * 64th brigade in Bucha, MH17's brigade, an unknown unit in Bucha, and the traps of a period ending the day before an
 * occupation or an incident and of a notorious number of another branch.
 */
@PassageIntegrationTest
class VettingEvaluationIntegrationTests {

    @org.springframework.test.context.DynamicPropertySource
    static void geoData(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("passage.geo.data", () -> (org.passage.geo.GeoFixtures.sharedDataPresent()
                ? org.passage.geo.GeoFixtures.SHARED_DATA : org.passage.geo.GeoFixtures.fixtureData()).toString());
    }

    @Autowired
    VettingEvaluation evaluation;

    @Test
    void aSubsetMeetsTheTargets() {
        var out = new ByteArrayOutputStream();
        var subset = Set.of("A01", "A08", "A11", "B01", "C01", "C03", "C04", "D06", "E01", "E02");
        var report = evaluation.run(VettingEvaluation.SET, subset::contains, new PrintStream(out, true, StandardCharsets.UTF_8));
        System.out.print(out.toString(StandardCharsets.UTF_8));

        assertThat(report.applicants()).isEqualTo(subset.size());
        assertThat(report.expected()).isGreaterThanOrEqualTo(7);
        assertThat(report.missed()).as("missed red flags").isZero();
        assertThat(report.falseFlags()).as("false red flags").isZero();
        assertThat(report.unsourced()).as("findings without source").isZero();
        assertThat(report.maxPerPeriod()).isLessThanOrEqualTo(15);
        assertThat(report.lines()).noneMatch(l -> l.contains("REFUSED"));
        assertThat(report.submissionsPerApplicant()).isLessThan(3.5);
    }
}

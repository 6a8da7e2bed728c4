package org.passage.bench.vetting;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.Username;
import org.passage.security.StaffAuthentication;
import org.passage.security.StaffPrincipal;
import org.passage.units.UnitSources;
import org.passage.vetting.FindingView.Severity;
import org.passage.vetting.VettingWork;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the applicant set: loads its unit knowledge ({@code knowledge.json}) as a curated file, opens a case per
 * applicant in an organization of its own, and as a vetting analyst posts each period through {@link VettingWork}
 * (the page's desk) and runs the vetting. The analyst's choices follow one rule for everybody: of the units offered,
 * the first without a warning, else none (left unresolved); of the places, the one in the region he named (the
 * analyst asks), else the first. Then it compares the red flags
 * (SERIOUS kinds) with those expected.
 */
@Component
public final class VettingEvaluation {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Where the set lives, from the project's root (where {@code ./passage} and the tests run). */
    public static final java.nio.file.Path SET = java.nio.file.Path.of("src/bench/resources/org/passage/bench/vetting");

    private final Cases cases;
    private final Organizations organizations;
    private final StaffDirectory staff;
    private final UnitSources units;
    private final VettingWork work;

    VettingEvaluation(Cases cases, Organizations organizations, StaffDirectory staff, UnitSources units, VettingWork work) {
        this.cases = cases;
        this.organizations = organizations;
        this.staff = staff;
        this.units = units;
        this.work = work;
    }

    /** What the run measured. */
    public record Report(int applicants, int expected, int raised, int missed, int falseFlags, int unsourced, int maxPerPeriod,
                         double submissionsPerApplicant, List<String> lines) {

        public double falseShare() {
            return raised == 0 ? 0 : (double) falseFlags / raised;
        }
    }

    /** Runs the applicants whose id {@code which} accepts, printing one line each and the totals. */
    public Report run(java.nio.file.Path dir, Predicate<String> which, PrintStream out) {
        units.addCurated(resource(dir, "knowledge.json"));
        JsonNode set = read(resource(dir, "applicants.json"));
        UUID org = organizations.create("Vetting evaluation " + UUID.randomUUID().toString().substring(0, 8)).id();
        var member = staff.add(org, new Username("eval" + UUID.randomUUID().toString().substring(0, 8)), "Vetting evaluation",
                EnumSet.of(Role.COORDINATOR, Role.VETTING_ANALYST));
        var principal = new StaffPrincipal(member.id(), org, member.username().value(), member.displayName(), member.roles(), 0);
        SecurityContextHolder.getContext().setAuthentication(new StaffAuthentication(principal, StaffAuthentication.Stage.COMPLETE));
        int applicants = 0;
        int expectedTotal = 0;
        int raisedTotal = 0;
        int missed = 0;
        int falseFlags = 0;
        int unsourced = 0;
        int maxPerPeriod = 0;
        int submissions = 0;
        List<String> lines = new ArrayList<>();
        try {
            for (JsonNode a : set.path("applicants")) {
                String id = a.path("id").asString();
                if (!which.test(id)) {
                    continue;
                }
                applicants++;
                CaseId caseId = cases.openForApplicant(org, "Evaluation " + id).id();
                List<String> refused = new ArrayList<>();
                for (JsonNode p : a.path("periods")) {
                    Map<String, String> form = form(p);
                    VettingWork.Answer answer = work.recordPeriod(caseId, form);
                    submissions++;
                    if (!answer.saved() && !answer.choices().isEmpty()) {
                        String choice = "unit".equals(answer.field())
                                ? answer.choices().stream().filter(c -> !c.label().contains("⚠")).map(VettingWork.Choice::value).findFirst().orElse("none")
                                : answer.choices().stream().filter(c -> inRegion(c.label(), p.path("region").asString("")))
                                        .map(VettingWork.Choice::value).findFirst().orElse(answer.choices().getFirst().value());
                        form.put("unit".equals(answer.field()) ? "unitChoice" : "placeChoice", choice);
                        answer = work.recordPeriod(caseId, form);
                        submissions++;
                    }
                    if (!answer.saved()) {
                        refused.add(answer.field() + ": " + answer.message());
                    }
                }
                work.run(caseId);
                submissions++;
                List<VettingWork.Shown> findings = work.findings(caseId, Locale.ENGLISH);
                Set<String> expected = new TreeSet<>();
                a.path("redFlags").forEach(k -> expected.add(k.asString()));
                Set<String> raised = findings.stream().filter(f -> f.severity() == Severity.SERIOUS).map(VettingWork.Shown::kind)
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> miss = new TreeSet<>(expected);
                miss.removeAll(raised);
                Set<String> extra = new TreeSet<>(raised);
                extra.removeAll(expected);
                expectedTotal += expected.size();
                raisedTotal += raised.size();
                missed += miss.size();
                falseFlags += extra.size();
                unsourced += (int) findings.stream().filter(f -> f.dataset().isBlank() || f.record().isBlank()).count();
                Map<String, Long> perPeriod = findings.stream().filter(f -> !f.periodId().isEmpty())
                        .collect(Collectors.groupingBy(VettingWork.Shown::periodId, Collectors.counting()));
                int most = (int) perPeriod.values().stream().mapToLong(Long::longValue).max().orElse(0);
                maxPerPeriod = Math.max(maxPerPeriod, most);
                String line = String.format(Locale.ROOT, "%-4s %-62s expected %-50s raised %-50s %s%s findings %2d (max/period %2d)",
                        id, a.path("name").asString(), expected, raised, miss.isEmpty() ? "" : "MISSED " + miss + " ",
                        extra.isEmpty() ? "" : "FALSE " + extra + " ", findings.size(), most)
                        + (refused.isEmpty() ? "" : " REFUSED " + refused);
                lines.add(line);
                out.println(line);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        var report = new Report(applicants, expectedTotal, raisedTotal, missed, falseFlags, unsourced, maxPerPeriod,
                applicants == 0 ? 0 : (double) submissions / applicants, lines);
        out.printf(Locale.ROOT, "applicants %d; red flags expected %d, raised %d; missed %d; false %d (%.1f %% of those raised);"
                        + " findings without source %d; max findings per period %d; form submissions per applicant %.2f (periods, choices, run)%n",
                report.applicants(), report.expected(), report.raised(), report.missed(), report.falseFlags(), 100 * report.falseShare(),
                report.unsourced(), report.maxPerPeriod(), report.submissionsPerApplicant());
        return report;
    }

    private static boolean inRegion(String label, String region) {
        return !region.isBlank() && label.toLowerCase(Locale.ROOT).contains(region.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> form(JsonNode p) {
        Map<String, String> form = new HashMap<>();
        form.put("unit", p.path("unit").asString(""));
        form.put("place", p.path("place").asString(""));
        form.put("latitude", p.path("lat").asString(""));
        form.put("longitude", p.path("lon").asString(""));
        form.put("from", p.path("from").asString(""));
        form.put("to", p.path("to").asString(""));
        form.put("sourceKind", "STATEMENT");
        form.put("sourceDescription", "interview");
        form.put("overlapNote", p.path("overlapNote").asString(""));
        return new LinkedHashMap<>(form);
    }

    private static InputStream resource(java.nio.file.Path dir, String name) {
        try {
            return java.nio.file.Files.newInputStream(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(name), e);
        }
    }

    private static JsonNode read(InputStream in) {
        try (in) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

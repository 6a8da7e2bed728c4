package org.passage.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.passage.cases.CaseId;
import org.passage.security.SignOffIndependence;
import org.passage.vetting.DecisionView.Outcome;
import org.passage.vetting.FindingView.Severity;
import org.passage.vetting.VettingDecided;

/** Every step of a vetting, allowed and refused, on the aggregate alone: no Spring, no database. */
class VettingTests {

    /** A second sign-off from a browser the proposer never used, with nothing to flag. */
    private static final SignOffIndependence.Verdict INDEPENDENT = new SignOffIndependence.Verdict(false, false, Set.of());

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private final CaseId caseId = new CaseId(UUID.randomUUID());
    private final UUID organization = UUID.randomUUID();
    private final UUID analyst = UUID.randomUUID();
    private final UUID analyst2 = UUID.randomUUID();
    private final Vetting vetting = Vetting.start(caseId, organization);

    @Test
    void aPeriodIsRecordedChangedAndRemoved() {
        ServicePeriod first = vetting.recordPeriod(null, claimed("2022-03", "2022-04"), analyst, T0);
        ServicePeriod earlier = vetting.recordPeriod(null, claimed("2021", ""), analyst, T0);
        assertThat(vetting.periods()).containsExactly(earlier, first);

        ServicePeriod changed = vetting.recordPeriod(first.id(), claimed("2022-05", "2022-06"), analyst2, T0.plusSeconds(60));
        assertThat(changed.id()).isEqualTo(first.id());
        assertThat(changed.recordedBy()).isEqualTo(analyst2);
        assertThat(vetting.periods()).containsExactly(earlier, changed);

        vetting.removePeriod(earlier.id());
        assertThat(vetting.periods()).containsExactly(changed);
        assertThat(vetting.changes()).hasSize(4).last().isEqualTo(new VettingChange.PeriodRemoved(earlier.id()));
    }

    @Test
    void theFormIsCheckedAgainstTheOtherPeriodsOnly() {
        ServicePeriod first = vetting.recordPeriod(null, claimed("2022-03", "2022-04"), analyst, T0);
        ServicePeriod second = vetting.recordPeriod(null, claimed("2021", ""), analyst, T0);
        vetting.recordPeriod(first.id(), others -> {
            assertThat(others).containsExactly(second);
            return claimed("2022-03", "2022-05").apply(others);
        }, analyst, T0);
    }

    @Test
    void aPeriodOfAnotherVettingIsUnknown() {
        vetting.recordPeriod(null, claimed("2022-03", ""), analyst, T0);
        assertThatThrownBy(() -> vetting.recordPeriod(UUID.randomUUID(), claimed("2022-03", ""), analyst, T0))
                .isInstanceOf(NotInThisVetting.class);
        assertThatThrownBy(() -> vetting.removePeriod(UUID.randomUUID())).isInstanceOf(NotInThisVetting.class);
        assertThat(vetting.changes()).hasSize(1);
    }

    @Test
    void runsAreNumberedAndHoldTheirFindings() {
        vetting.recordPeriod(null, claimed("2022-03", ""), analyst, T0);
        FindingLog.Run first = vetting.recordRun(List.of(territoryOf(vetting.periods().getFirst())), analyst, T0.plusSeconds(1));
        FindingLog.Run second = vetting.recordRun(List.of(territoryOf(vetting.periods().getFirst())), analyst2, T0.plusSeconds(2));
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(vetting.latestRun()).isEqualTo(second);
        assertThat(vetting.findings()).singleElement().satisfies(f -> assertThat(f.runId()).isEqualTo(second.id()));
        assertThat(vetting.runIsCurrent()).isTrue();
    }

    @Test
    void aPeriodRecordedWhileTheRunLookedLeavesItStale() {
        ServicePeriod period = vetting.recordPeriod(null, claimed("2022-03", ""), analyst, T0.plusSeconds(5));
        vetting.recordRun(List.of(territoryOf(period)), analyst, T0);
        assertThat(vetting.runIsCurrent()).isFalse();
        assertThat(vetting.mayPropose()).isFalse();
    }

    @Test
    void theRulesJudgeEveryPeriodSoThatARunCanBeCurrent() {
        ServicePeriod first = vetting.recordPeriod(null, claimed("2022-03", ""), analyst, T0);
        ServicePeriod second = vetting.recordPeriod(null, claimed("2021", ""), analyst, T0);
        var drafts = new FindingRules(3).apply(vetting.periods().stream()
                .map(p -> new PeriodFacts(p, null, "no geo data here", null, List.of(), List.of())).toList(), null);
        vetting.recordRun(drafts, analyst, T0.plusSeconds(1));
        assertThat(vetting.runIsCurrent()).as("one territory finding per period, identified by it").isTrue();
        assertThat(vetting.findings()).extracting(Finding::identity).contains("territory:" + first.id(), "territory:" + second.id());
    }

    @Test
    void noProposalWithoutARun() {
        vetting.recordPeriod(null, claimed("2022-03", ""), analyst, T0);
        refused(() -> vetting.propose("NO_CONCERNS", "Nothing found.", List.of(), analyst, T0), "outcome", "vetting.error.run.none");
        assertThat(vetting.mayPropose()).isFalse();
    }

    @Test
    void aChangedPeriodMakesTheRunStale() {
        ServicePeriod period = vetting.recordPeriod(null, claimed("2022-03", ""), analyst, T0);
        vetting.recordRun(List.of(territoryOf(period)), analyst, T0.plusSeconds(1));
        assertThat(vetting.mayPropose()).isTrue();

        vetting.recordPeriod(period.id(), claimed("2022-04", ""), analyst, T0.plusSeconds(2));
        assertThat(vetting.runIsCurrent()).isFalse();
        refused(() -> vetting.propose("NO_CONCERNS", "Nothing found.", List.of(), analyst, T0), "outcome", "vetting.error.run.stale");

        vetting.recordRun(List.of(territoryOf(period)), analyst, T0.plusSeconds(3));
        assertThat(vetting.propose("NO_CONCERNS", "Nothing found.", List.of(), analyst, T0.plusSeconds(4)).state())
                .isEqualTo(Decision.State.PROPOSED);
    }

    @Test
    void aRemovedPeriodMakesTheRunStale() {
        ServicePeriod period = vetting.recordPeriod(null, claimed("2022-03", ""), analyst, T0);
        vetting.recordRun(List.of(territoryOf(period)), analyst, T0.plusSeconds(1));
        vetting.removePeriod(period.id());
        assertThat(vetting.runIsCurrent()).isFalse();
    }

    @Test
    void aStoredRunIsCurrentWhenItJudgedThePeriodsAsTheyAreNow() {
        ServicePeriod period = Vetting.start(caseId, organization).recordPeriod(null, claimed("2022-03", ""), analyst, T0);
        var run = new FindingLog.Run(UUID.randomUUID(), 1, T0.plusSeconds(10), analyst);
        Finding judged = stored(run, territoryOf(period));

        assertThat(loaded(List.of(period), run, List.of(judged)).runIsCurrent()).isTrue();
        // recorded after the run
        var later = new FindingLog.Run(run.id(), 1, T0.minusSeconds(10), analyst);
        assertThat(loaded(List.of(period), later, List.of(stored(later, territoryOf(period)))).runIsCurrent()).isFalse();
        // a period the run did not see, or one it saw that is gone
        ServicePeriod other = Vetting.start(caseId, organization).recordPeriod(null, claimed("2021", ""), analyst, T0);
        assertThat(loaded(List.of(period, other), run, List.of(judged)).runIsCurrent()).isFalse();
        assertThat(loaded(List.of(), run, List.of(judged)).runIsCurrent()).isFalse();
    }

    @Test
    void aProposalRestsOnFindingsOfThisVetting() {
        Finding serious = runWithOneFinding();
        refused(() -> vetting.propose("MAYBE", "Why not.", List.of(), analyst, T0), "outcome", "vetting.error.outcome");
        refused(() -> vetting.propose("EXCLUSION_1F", " ", List.of(serious.id()), analyst, T0), "rationale", "vetting.error.required");
        refused(() -> vetting.propose("EXCLUSION_1F", "x".repeat(LongText.MAX + 1), List.of(serious.id()), analyst, T0),
                "rationale", "vetting.error.tooLong");
        refused(() -> vetting.propose("EXCLUSION_1F", "Bucha.", List.of(UUID.randomUUID()), analyst, T0), "cited", "vetting.error.cited");
        refused(() -> vetting.propose("EXCLUSION_1F", "Bucha.", List.of(), analyst, T0), "cited", "vetting.error.cited.required");
        assertThat(vetting.changes()).noneMatch(c -> c instanceof VettingChange.DecisionProposed);

        Decision proposed = vetting.propose("EXCLUSION_1F", "Bucha.", List.of(serious.id()), analyst, T0);
        assertThat(proposed.outcome()).isEqualTo(Outcome.EXCLUSION_1F);
        assertThat(proposed.proposedBy()).isEqualTo(analyst);
        assertThat(vetting.current()).contains(proposed);
        assertThat(vetting.changes()).last().isEqualTo(new VettingChange.DecisionProposed(proposed));
    }

    @Test
    void aManualFindingMayBeCited() {
        runWithOneFinding();
        Finding mine = vetting.addFinding("CONCERN", "Photo in uniform", "A 2023 photo shows him in uniform.", analyst, T0);
        assertThat(vetting.propose("CONCERNS_TO_RESOLVE", "The photo.", List.of(mine.id()), analyst, T0).citedFindings())
                .containsExactly(mine.id());
    }

    @Test
    void oneProposalWaitsAtATime() {
        runWithOneFinding();
        vetting.propose("NO_CONCERNS", "Nothing found.", List.of(), analyst, T0);
        refused(() -> vetting.propose("NO_CONCERNS", "Again.", List.of(), analyst2, T0), "outcome", "vetting.error.decision.pending");
    }

    @Test
    void theProposerMayNotReviewHisOwnProposal() {
        runWithOneFinding();
        vetting.propose("NO_CONCERNS", "Nothing found.", List.of(), analyst, T0);
        assertThat(vetting.mayReview(analyst)).isFalse();
        refused(() -> vetting.review(true, "", analyst, T0, INDEPENDENT), "review", "vetting.error.decision.samePerson");
        refused(() -> vetting.review(false, "No.", analyst, T0, INDEPENDENT), "review", "vetting.error.decision.samePerson");
        assertThat(vetting.current().orElseThrow().state()).isEqualTo(Decision.State.PROPOSED);
        assertThat(vetting.events()).isEmpty();
    }

    @Test
    void aConfirmationFromABrowserTheProposerUsedOrFromAnUnrecognisedOneIsRefusedAndFlagsStayOnTheDecision() {
        runWithOneFinding();
        vetting.propose("NO_CONCERNS", "Nothing found.", List.of(), analyst, T0);
        refused(() -> vetting.review(true, "", analyst2, T0, new SignOffIndependence.Verdict(true, false, Set.of())), "review",
                "vetting.error.decision.sameDevice");
        refused(() -> vetting.review(true, "", analyst2, T0, new SignOffIndependence.Verdict(false, true, Set.of())), "review",
                "vetting.error.decision.deviceUnknown");
        assertThat(vetting.current().orElseThrow().state()).isEqualTo(Decision.State.PROPOSED);
        Decision confirmed = vetting.review(true, "", analyst2, T0, new SignOffIndependence.Verdict(false, false,
                Set.of(SignOffIndependence.Flag.SAME_ADDRESS)));
        assertThat(confirmed.state()).isEqualTo(Decision.State.CONFIRMED);
        assertThat(confirmed.reviewFlags()).containsExactly(SignOffIndependence.Flag.SAME_ADDRESS);
    }

    @Test
    void aProposalTheVettingWasRunAgainAfterIsReturnedNotConfirmed() {
        Finding finding = runWithOneFinding();
        vetting.propose("NO_CONCERNS", "Nothing found.", List.of(finding.id()), analyst, T0);
        vetting.recordRun(List.of(territoryOf(vetting.periods().getFirst())), analyst2, T0.plusSeconds(60));
        assertThat(vetting.runSinceProposal()).isTrue();
        refused(() -> vetting.review(true, "", analyst2, T0.plusSeconds(90), INDEPENDENT), "review",
                "vetting.error.decision.runSinceProposal");
        assertThat(vetting.current().orElseThrow().state()).isEqualTo(Decision.State.PROPOSED);
        assertThat(vetting.events()).isEmpty();
        Decision returned = vetting.review(false, "Run again since: read the new findings.", analyst2, T0.plusSeconds(90), INDEPENDENT);
        assertThat(returned.state()).isEqualTo(Decision.State.RETURNED);
        assertThat(vetting.runSinceProposal()).isFalse();
    }

    @Test
    void nothingToReviewWithoutAProposal() {
        refused(() -> vetting.review(true, "", analyst2, T0, INDEPENDENT), "review", "vetting.error.decision.nothingToReview");
        runWithOneFinding();
        vetting.propose("NO_CONCERNS", "Nothing found.", List.of(), analyst, T0);
        vetting.review(true, "", analyst2, T0, INDEPENDENT);
        refused(() -> vetting.review(true, "", analyst2, T0, INDEPENDENT), "review", "vetting.error.decision.nothingToReview");
    }

    @Test
    void aSecondAnalystConfirmsWhichLocksTheVettingAndIsPublished() {
        Finding finding = runWithOneFinding();
        Decision proposed = vetting.propose("NO_CONCERNS", "Nothing found.", List.of(), analyst, T0);
        Decision confirmed = vetting.review(true, "", analyst2, T0.plusSeconds(5), INDEPENDENT);

        assertThat(confirmed.id()).isEqualTo(proposed.id());
        assertThat(confirmed.state()).isEqualTo(Decision.State.CONFIRMED);
        assertThat(confirmed.reviewedBy()).isEqualTo(analyst2);
        assertThat(vetting.locked()).isTrue();
        assertThat(vetting.events()).containsExactly(new VettingDecided(caseId, Outcome.NO_CONCERNS, T0.plusSeconds(5)));

        UUID period = vetting.periods().getFirst().id();
        refused(() -> vetting.recordPeriod(null, claimed("2023", ""), analyst, T0), "locked", "vetting.error.locked");
        refused(() -> vetting.recordPeriod(period, claimed("2023", ""), analyst, T0), "locked", "vetting.error.locked");
        refused(() -> vetting.removePeriod(period), "locked", "vetting.error.locked");
        refused(() -> vetting.recordRun(List.of(), analyst, T0), "locked", "vetting.error.locked");
        refused(vetting::allowChanges, "locked", "vetting.error.locked");
        refused(() -> vetting.addFinding("INFO", "t", "e", analyst, T0), "locked", "vetting.error.locked");
        refused(() -> vetting.attachEvidence(finding.id(), UUID.randomUUID(), true, analyst, T0), "locked", "vetting.error.locked");
        refused(() -> vetting.propose("NO_CONCERNS", "Again.", List.of(), analyst, T0), "outcome", "vetting.error.locked");
        assertThat(vetting.mayChange()).isFalse();
        assertThat(vetting.mayPropose()).isFalse();
    }

    @Test
    void aReturnedProposalNeedsAReasonAndOpensTheWayForANewOne() {
        runWithOneFinding();
        vetting.propose("NO_CONCERNS", "Nothing found.", List.of(), analyst, T0);
        refused(() -> vetting.review(false, " ", analyst2, T0, INDEPENDENT), "reason", "vetting.error.required");

        Decision returned = vetting.review(false, "Check the 2021 posting first.", analyst2, T0, INDEPENDENT);
        assertThat(returned.state()).isEqualTo(Decision.State.RETURNED);
        assertThat(returned.reviewReason()).isEqualTo("Check the 2021 posting first.");
        assertThat(vetting.events()).isEmpty();
        assertThat(vetting.locked()).isFalse();
        assertThat(vetting.mayPropose()).isTrue();
        vetting.propose("NO_CONCERNS", "Checked the 2021 posting.", List.of(), analyst, T0);
        assertThat(vetting.decisions()).hasSize(2);
    }

    @Test
    void onlyAConfirmedDecisionIsReopenedAndOnlyWithAReason() {
        refused(() -> vetting.reopen("New document", analyst, T0), "reopen", "vetting.error.decision.notLocked");
        runWithOneFinding();
        vetting.propose("NO_CONCERNS", "Nothing found.", List.of(), analyst, T0);
        refused(() -> vetting.reopen("New document", analyst, T0), "reopen", "vetting.error.decision.notLocked");
        vetting.review(true, "", analyst2, T0, INDEPENDENT);
        refused(() -> vetting.reopen(" ", analyst, T0), "reason", "vetting.error.required");

        Decision reopened = vetting.reopen("A new document", analyst, T0.plusSeconds(9));
        assertThat(reopened.state()).isEqualTo(Decision.State.REOPENED);
        assertThat(reopened.reopenedBy()).isEqualTo(analyst);
        assertThat(reopened.reviewedBy()).isEqualTo(analyst2);
        assertThat(vetting.locked()).isFalse();
        assertThat(vetting.changes()).last().isEqualTo(new VettingChange.DecisionReopened(reopened));
        vetting.recordPeriod(null, claimed("2023", ""), analyst, T0.plusSeconds(10));
        assertThat(vetting.mayPropose()).isFalse();
    }

    @Test
    void manualFindingsAreChecked() {
        refused(() -> vetting.addFinding("HUGE", "t", "e", analyst, T0), "severity", "vetting.error.severity");
        refused(() -> vetting.addFinding("INFO", " ", "e", analyst, T0), "title", "vetting.error.required");
        refused(() -> vetting.addFinding("INFO", "t", "", analyst, T0), "explanation", "vetting.error.required");
        Finding added = vetting.addFinding(" SERIOUS ", "Telegram post", "He posted from Bucha.", analyst, T0);
        assertThat(added.manual()).isTrue();
        assertThat(added.severity()).isEqualTo(Severity.SERIOUS);
        assertThat(vetting.findings()).containsExactly(added);
    }

    @Test
    void evidenceIsAttachedToAFindingOfThisVettingOnly() {
        Finding finding = runWithOneFinding();
        UUID item = UUID.randomUUID();
        assertThatThrownBy(() -> vetting.attachEvidence(UUID.randomUUID(), item, true, analyst, T0))
                .isInstanceOf(NotInThisVetting.class);
        refused(() -> vetting.attachEvidence(finding.id(), item, false, analyst, T0), "evidence", "vetting.error.evidence.unknown");

        vetting.attachEvidence(finding.id(), item, true, analyst, T0);
        assertThat(vetting.findings()).singleElement().satisfies(f -> assertThat(f.evidenceIds()).containsExactly(item));
        assertThat(vetting.changes()).last().isEqualTo(new VettingChange.EvidenceAttached(finding.id(), item, T0, analyst));
    }

    @Test
    void savingForgetsTheChangesAndEvents() {
        runWithOneFinding();
        vetting.propose("NO_CONCERNS", "Nothing found.", List.of(), analyst, T0);
        vetting.review(true, "", analyst2, T0, INDEPENDENT);
        vetting.saved();
        assertThat(vetting.changes()).isEmpty();
        assertThat(vetting.events()).isEmpty();
    }

    private Finding runWithOneFinding() {
        ServicePeriod period = vetting.recordPeriod(null, claimed("2022-03", ""), analyst, T0.minusSeconds(60));
        vetting.recordRun(List.of(territoryOf(period)), analyst, T0.minusSeconds(30));
        return vetting.findings().getFirst();
    }

    private Vetting loaded(List<ServicePeriod> periods, FindingLog.Run run, List<Finding> findings) {
        return new Vetting(caseId, organization, periods, run, findings, List.of(), List.of());
    }

    private static Finding stored(FindingLog.Run run, Finding.Draft d) {
        return new Finding(UUID.randomUUID(), run.id(), d.severity(), d.kind(), d.identity(), d.title(), d.explanation(), d.inputs(),
                false, run.at(), run.by(), List.of());
    }

    private static Finding.Draft territoryOf(ServicePeriod p) {
        return new Finding.Draft(Severity.SERIOUS, "territory-occupied", "territory:" + p.id(), Phrase.literal("Bucha"), Phrase.literal("occupied"), Map.of());
    }

    private static Function<List<ServicePeriod>, CheckingPeriod.Checked> claimed(String from, @Nullable String to) {
        var dates = ClaimedDates.of(from, to == null ? "" : to, LocalDate.of(2026, 11, 1));
        var claim = new ServiceClaim("в/ч 00000", "driver", "Буча", "", 50.5436, 30.2120, dates.fromText(), dates.toText(), "interview",
                false, "");
        return others -> new CheckingPeriod.Checked(claim, null, dates, SourceKind.STATEMENT);
    }

    private static void refused(ThrowingCallable step, String field, String messageKey) {
        assertThatThrownBy(step).isInstanceOfSatisfying(InvalidVettingInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }
}

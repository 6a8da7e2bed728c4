package org.passage.intake.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.Cases;
import org.passage.cases.Stage;
import org.passage.organizations.Organizations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case from a public submission (case, sealed submission and audit row in one transaction: all or
 * nothing) and answers the status question of someone who has the case code and its passphrase.
 */
@Service
class IntakeDesk {

    private static final Pattern CODE = Pattern.compile("[2-9A-Z]{4}-[2-9A-Z]{4}");

    private final Cases cases;
    private final Submissions submissions;
    private final HeldSubmissions heldSubmissions;
    private final Passphrases passphrases;
    private final Organizations organizations;
    private final IntakeSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    IntakeDesk(Cases cases, Submissions submissions, HeldSubmissions heldSubmissions, Passphrases passphrases,
               Organizations organizations, IntakeSettings settings, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.submissions = submissions;
        this.heldSubmissions = heldSubmissions;
        this.passphrases = passphrases;
        this.organizations = organizations;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the person is shown once: the code and the passphrase. Redacted in logs. */
    public record Receipt(String code, String passphrase) {
        @Override
        public String toString() {
            return "Receipt[" + code + ", passphrase REDACTED]";
        }
    }

    @Transactional
    Receipt submit(IntakeForm form) {
        if (!form.problems().isEmpty()) {
            throw new IllegalArgumentException("invalid intake form");
        }
        UUID org = organization();
        var opened = cases.openForApplicant(org, form.name());
        String passphrase = passphrases.generate();
        submissions.add(org, opened.id(), opened.code(), passphrases.hash(passphrase), form, clock.instant());
        audit.record(new AuditEvent("intake.submit", "case", opened.id().toString(), org, AuditEvent.Outcome.SUCCESS,
                "public intake (anonymous)"));
        return new Receipt(opened.code(), passphrase);
    }

    /** The stage, if code and passphrase match; a wrong code and a wrong passphrase look (and take) the same. */
    @Transactional
    Optional<Stage> status(String code, String passphrase) {
        String normalized = normalizeCode(code);
        UUID org = organization();
        var found = CODE.matcher(normalized).matches() ? submissions.byCode(org, normalized) : Optional.<Submissions.Found>empty();
        if (found.isEmpty() && CODE.matcher(normalized).matches()) { // held for a person: he sees the words of a new case
            var held = heldSubmissions.waitingPassphraseHash(org, submissions.codeIndex(org, normalized));
            if (held.isPresent()) {
                boolean matches = passphrases.matches(passphrase, held.get());
                audit.record(new AuditEvent("intake.status", "intake_held", null, org,
                        matches ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILED, matches ? "held submission" : "wrong passphrase"));
                return matches ? Optional.of(Stage.FIRST_CONTACT) : Optional.empty();
            }
        }
        if (found.isEmpty()) {
            passphrases.spendTime(passphrase);
            audit.record(new AuditEvent("intake.status", "case", null, org, AuditEvent.Outcome.FAILED, "unknown code"));
            return Optional.empty();
        }
        if (!passphrases.matches(passphrase, found.get().passphraseHash())) {
            audit.record(new AuditEvent("intake.status", "case", found.get().caseId().toString(), org, AuditEvent.Outcome.FAILED,
                    "wrong passphrase"));
            return Optional.empty();
        }
        return cases.stageForApplicant(found.get().caseId());
    }

    static String normalizeCode(String code) {
        String letters = code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        return letters.length() == 8 ? letters.substring(0, 4) + "-" + letters.substring(4) : letters;
    }

    UUID organization() {
        return organizations.findByName(settings.organization())
                .orElseThrow(() -> new IllegalStateException("the intake organization is not set up: passage.intake.organization"))
                .id();
    }
}

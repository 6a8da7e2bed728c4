package org.passage.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntakeFormTests {

    @Test
    void eachFieldAtFaultIsNamed() {
        var problems = new IntakeForm(" ", "x".repeat(301), "ok", "").problems();
        assertThat(problems).containsOnlyKeys("name", "contact", "needs");
        assertThat(problems.get("contact")).isEqualTo("intake.error.tooLong.contact");
        assertThat(new IntakeForm("Ваня", "@v", "", "help\u0007").problems()).containsEntry("needs", "intake.error.control");
        assertThat(new IntakeForm("Ваня", "@v", "", "line one\nline two").problems()).isEmpty();
    }

    @Test
    void personalDataStaysOutOfLogs() {
        assertThat(new IntakeForm("Ваня", "@v", "Алматы", "help").toString()).doesNotContain("Ваня").contains("REDACTED");
        assertThat(new IntakeDesk.Receipt("K7QM-2XPD", "abcd-efgh").toString()).doesNotContain("abcd");
    }

    @Test
    void codesAndPassphrasesAreForgivingAboutHowTheyAreTyped() {
        assertThat(IntakeDesk.normalizeCode(" k7qm 2xpd ")).isEqualTo("K7QM-2XPD");
        assertThat(Passphrases.normalize("ABCD-efgh jkmn")).isEqualTo("abcdefghjkmn");
        var passphrases = new Passphrases(new org.passage.security.SecretHashing());
        String generated = passphrases.generate();
        assertThat(generated).matches("([a-z2-9]{4}-){4}[a-z2-9]{4}");
        assertThat(passphrases.matches(generated.toUpperCase().replace("-", " "), passphrases.hash(generated))).isTrue();
    }
}

package org.passage.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The conversation state machine alone: questions in order, answers forgotten, secrets deleted, commands anywhere. */
class ConversationTests {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private final Conversation conversation = new Conversation(Language.RU, NOW, Duration.ofMinutes(15),
            (field, value) -> value.isEmpty() && !field.equals("whereabouts") ? "intake.error.required" : null);

    @Test
    void intakeAsksTheFourQuestionsInTurnAndDeletesEveryAnswer() {
        assertThat(conversation.hear("/intake", NOW).replies()).containsExactly("telegram.bot.ask.name");
        Turn name = conversation.hear("Иван", NOW);
        assertThat(name.replies()).containsExactly("telegram.bot.ask.whereabouts");
        assertThat(name.deleteIncoming()).isTrue();
        assertThat(conversation.hear("-", NOW).replies()).containsExactly("telegram.bot.ask.needs");
        assertThat(conversation.hear("виза", NOW).replies()).containsExactly("telegram.bot.ask.contact");
        Turn last = conversation.hear("@ivan", NOW);
        assertThat(last.effect()).isEqualTo(new Turn.SubmitIntake("Иван", "", "виза", "@ivan"));
        assertThat(last.deleteIncoming()).isTrue();
        assertThat(last.effect().toString()).doesNotContain("Иван").contains("REDACTED");
        assertThat(conversation.step()).isEqualTo(Conversation.Step.IDLE);
    }

    @Test
    void aRefusedAnswerIsAskedAgainAndNotKept() {
        conversation.hear("/intake", NOW);
        Turn refused = conversation.hear("   ", NOW);
        assertThat(refused.replies()).containsExactly("intake.error.required");
        assertThat(refused.effect()).isNull();
        assertThat(conversation.step()).isEqualTo(Conversation.Step.NAME);
    }

    @Test
    void statusAsksCodeThenPassphraseAndDeletesBoth() {
        conversation.hear("/status", NOW);
        assertThat(conversation.hear("K7QM-2XPD", NOW).deleteIncoming()).isTrue();
        Turn passphrase = conversation.hear("abcd-efgh", NOW);
        assertThat(passphrase.deleteIncoming()).isTrue();
        assertThat(passphrase.effect()).isEqualTo(new Turn.AskStatus("K7QM-2XPD", "abcd-efgh"));
    }

    @Test
    void checkInTakesThePhraseOrNone() {
        conversation.hear("/checkin", NOW);
        Turn phrase = conversation.hear("всё хорошо", NOW);
        assertThat(phrase.effect()).isEqualTo(new Turn.CheckIn("всё хорошо"));
        assertThat(phrase.deleteIncoming()).isTrue();
        conversation.hear("/checkin", NOW);
        assertThat(conversation.hear("-", NOW).effect()).isEqualTo(new Turn.CheckIn(""));
    }

    @Test
    void aCommandInTheMiddleDropsTheAnswersSoFar() {
        conversation.hear("/intake", NOW);
        conversation.hear("Иван", NOW);
        assertThat(conversation.hear("/cancel", NOW).replies()).containsExactly("telegram.bot.cancelled");
        assertThat(conversation.step()).isEqualTo(Conversation.Step.IDLE);
        assertThat(conversation.hear("@ivan", NOW).menu()).as("no longer an answer").isTrue();
    }

    @Test
    void afterTheTimeoutAnswersAreForgotten() {
        conversation.hear("/intake", NOW);
        conversation.hear("Иван", NOW);
        assertThat(conversation.expired(NOW.plus(Duration.ofMinutes(15)))).isTrue();
        Turn late = conversation.hear("Алматы", NOW.plus(Duration.ofMinutes(16)));
        assertThat(late.menu()).isTrue();
        assertThat(late.effect()).isNull();
        assertThat(conversation.step()).isEqualTo(Conversation.Step.IDLE);
    }

    @Test
    void linkCommandsCarryTheirCodeAndMayNameTheBot() {
        assertThat(conversation.hear("/link@passage_bot abcd-efgh-jkmn", NOW).effect()).isEqualTo(new Turn.LinkCase("abcd-efgh-jkmn"));
        assertThat(conversation.hear("/link", NOW).replies()).containsExactly("telegram.bot.link.usage");
        assertThat(conversation.hear("/STAFF ABCD", NOW).effect()).isEqualTo(new Turn.LinkStaff("ABCD"));
        assertThat(conversation.hear("/link abc", NOW).deleteIncoming()).isTrue();
    }

    @Test
    void languageFollowsTelegramAndSwitches() {
        assertThat(Language.fromTelegram("ru")).isEqualTo(Language.RU);
        assertThat(Language.fromTelegram("uk-UA")).isEqualTo(Language.RU);
        assertThat(Language.fromTelegram("en")).isEqualTo(Language.EN);
        assertThat(Language.fromTelegram("fr")).isEqualTo(Language.EN);
        assertThat(Language.fromTelegram(null)).isEqualTo(Language.EN);
        assertThat(conversation.hear("/lang", NOW).replies()).containsExactly("telegram.bot.language");
        assertThat(conversation.language()).isEqualTo(Language.EN);
        assertThat(conversation.hear("/unknown", NOW).menu()).isTrue();
    }

    @Test
    void somethingOtherThanTextIsNeverAnAnswer() {
        conversation.hear("/intake", NOW);
        Turn photo = conversation.hearNonText(NOW);
        assertThat(photo.replies()).containsExactly("telegram.bot.textOnly");
        assertThat(conversation.step()).isEqualTo(Conversation.Step.NAME);
        assertThat(conversation.toString()).contains("REDACTED");
    }
}

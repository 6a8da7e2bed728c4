package org.passage.telegram.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * One chat's conversation with the bot: which question it waits for and the intake answers given so far. Plain
 * Java, no I/O: {@link #hear} turns one incoming text into a {@link Turn}, and the bot carries it out. Answers
 * live only here, in memory, and are forgotten after {@code timeout} without a message or once sent.
 */
final class Conversation {

    enum Step { IDLE, NAME, WHEREABOUTS, NEEDS, CONTACT, STATUS_CODE, STATUS_PASSPHRASE, CHECKIN_PHRASE }

    private final Duration timeout;
    /** (field, value) → message key of what is wrong with it, or null: the public intake's own rules. */
    private final BiFunction<String, String, @Nullable String> fieldCheck;
    private Language language;
    private Step step = Step.IDLE;
    private Instant lastHeard;
    private String name = "";
    private String whereabouts = "";
    private String needs = "";
    private String code = "";

    Conversation(Language language, Instant now, Duration timeout, BiFunction<String, String, @Nullable String> fieldCheck) {
        this.language = language;
        this.lastHeard = now;
        this.timeout = timeout;
        this.fieldCheck = fieldCheck;
    }

    Language language() {
        return language;
    }

    Step step() {
        return step;
    }

    boolean expired(Instant now) {
        return !lastHeard.plus(timeout).isAfter(now);
    }

    /** A message that is not text (a photo, a sticker …): asked to type, never stored. */
    Turn hearNonText(Instant now) {
        touch(now);
        return step == Step.IDLE ? Turn.menu("telegram.bot.menu") : Turn.say("telegram.bot.textOnly").deleting();
    }

    Turn hear(String text, Instant now) {
        if (expired(now)) {
            forget();
        }
        touch(now);
        String said = text.strip();
        if (said.startsWith("/")) {
            return command(said);
        }
        return switch (step) {
            case IDLE -> Turn.menu("telegram.bot.menu");
            case NAME -> answer("name", said, Step.WHEREABOUTS, "telegram.bot.ask.whereabouts");
            case WHEREABOUTS -> answer("whereabouts", said.equals("-") ? "" : said, Step.NEEDS, "telegram.bot.ask.needs");
            case NEEDS -> answer("needs", said, Step.CONTACT, "telegram.bot.ask.contact");
            case CONTACT -> answer("contact", said, Step.IDLE, null);
            case STATUS_CODE -> {
                code = said;
                step = Step.STATUS_PASSPHRASE;
                yield Turn.say("telegram.bot.ask.passphrase").deleting();
            }
            case STATUS_PASSPHRASE -> {
                var effect = new Turn.AskStatus(code, said);
                forget();
                yield Turn.act(effect);
            }
            case CHECKIN_PHRASE -> {
                forget();
                yield Turn.act(new Turn.CheckIn(said.equals("-") ? "" : said));
            }
        };
    }

    private Turn command(String said) {
        String[] parts = said.split("\\s+", 2);
        String command = parts[0].toLowerCase(Locale.ROOT).replaceFirst("@.*$", "");
        String argument = parts.length > 1 ? parts[1].strip() : "";
        forget();
        return switch (command) {
            case "/start", "/help", "/menu" -> Turn.menu("telegram.bot.welcome");
            case "/cancel" -> Turn.menu("telegram.bot.cancelled");
            case "/lang" -> {
                language = language.other();
                yield Turn.menu("telegram.bot.language");
            }
            case "/intake", "/new" -> {
                step = Step.NAME;
                yield Turn.say("telegram.bot.ask.name");
            }
            case "/status" -> {
                step = Step.STATUS_CODE;
                yield Turn.say("telegram.bot.ask.code");
            }
            case "/checkin" -> {
                step = Step.CHECKIN_PHRASE;
                yield Turn.say("telegram.bot.ask.phrase");
            }
            case "/link" -> argument.isEmpty() ? Turn.say("telegram.bot.link.usage") : Turn.act(new Turn.LinkCase(argument));
            case "/staff" -> argument.isEmpty() ? Turn.say("telegram.bot.staff.usage") : Turn.act(new Turn.LinkStaff(argument));
            default -> Turn.menu("telegram.bot.unknown");
        };
    }

    private Turn answer(String field, String value, Step next, @Nullable String nextQuestion) {
        String problem = fieldCheck.apply(field, value);
        if (problem != null) {
            return Turn.say(problem).deleting();
        }
        switch (field) {
            case "name" -> name = value;
            case "whereabouts" -> whereabouts = value;
            case "needs" -> needs = value;
            default -> {
                var effect = new Turn.SubmitIntake(name, whereabouts, needs, value);
                forget();
                return Turn.act(effect);
            }
        }
        step = next;
        return Turn.say(nextQuestion == null ? "telegram.bot.menu" : nextQuestion).deleting();
    }

    private void touch(Instant now) {
        lastHeard = now;
    }

    /** Drops the answers and the pending question; the language stays. */
    private void forget() {
        step = Step.IDLE;
        name = "";
        whereabouts = "";
        needs = "";
        code = "";
    }

    @Override
    public String toString() {
        return "Conversation[" + language + ", " + step + ", answers REDACTED]";
    }
}

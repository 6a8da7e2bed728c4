package org.passage.telegram.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.checkins.CheckIns;
import org.passage.intake.PublicIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Carries out the conversation for one incoming update: asks the chat's {@link Conversation} what to do, does
 * it (open a case through the public intake, show a stage, record a check-in, connect a chat), deletes the
 * person's message when it carried a secret or personal data, and answers in the chat's language. Only private
 * chats are served; anything else, or anything malformed, is dropped without an answer.
 */
@Component
class ChatDesk {

    private static final Logger log = LoggerFactory.getLogger(ChatDesk.class);
    /** A check-in is answered no sooner than this after it arrived, so a duress check-in takes no longer to see. */
    static final Duration CHECKIN_ANSWER_AFTER = Duration.ofMillis(300);
    private static final int MAX_TEXT = 4096;

    private final Conversations conversations;
    private final PublicIntake intake;
    private final CheckIns checkIns;
    private final ChatLinks chats;
    private final LinkCodes codes;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ChatDesk(Conversations conversations, PublicIntake intake, CheckIns checkIns, ChatLinks chats, LinkCodes codes,
             MessageSource messages, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.conversations = conversations;
        this.intake = intake;
        this.checkIns = checkIns;
        this.chats = chats;
        this.codes = codes;
        this.messages = messages;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    void handle(Update update, BotClient bot) {
        try {
            if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
                var query = update.getCallbackQuery();
                bot.answerCallback(query.getId());
                if (query.getMessage().isUserMessage() && query.getData() != null && query.getData().startsWith("/")) {
                    var from = query.getFrom();
                    hear(bot, query.getMessage().getChatId(), null, from == null ? null : from.getLanguageCode(), query.getData());
                }
            } else if (update.hasMessage()) {
                Message message = update.getMessage();
                if (!message.isUserMessage() || message.getChatId() == null || message.getMessageId() == null) {
                    return;
                }
                String language = message.getFrom() == null ? null : message.getFrom().getLanguageCode();
                hear(bot, message.getChatId(), message.getMessageId(), language, message.hasText() ? message.getText() : null);
            }
        } catch (RuntimeException e) {
            // never the update itself: it holds what the person wrote
            log.warn("a Telegram update could not be handled: {}", e.getClass().getName());
        }
    }

    private void hear(BotClient bot, long chatId, @Nullable Integer messageId, @Nullable String languageCode, @Nullable String text) {
        Conversation conversation = conversations.of(chatId, languageCode);
        synchronized (conversation) {
            Instant now = clock.instant();
            Turn turn = text == null || text.length() > MAX_TEXT ? conversation.hearNonText(now) : conversation.hear(text, now);
            if (turn.deleteIncoming() && messageId != null) {
                bot.delete(chatId, messageId);
            }
            Language language = conversation.language();
            List<String> replies = turn.effect() == null ? turn.replies().stream().map(key -> text(language, key)).toList()
                    : List.of(carryOut(turn.effect(), chatId, language));
            for (int i = 0; i < replies.size(); i++) {
                boolean last = i == replies.size() - 1;
                bot.send(chatId, replies.get(i), last && turn.menu() ? menu(language) : List.of());
            }
        }
    }

    private String carryOut(Turn.Effect effect, long chatId, Language language) {
        return switch (effect) {
            case Turn.SubmitIntake s -> submit(s, chatId, language);
            case Turn.AskStatus s -> status(s, chatId, language);
            case Turn.CheckIn c -> checkIn(c, chatId, language);
            case Turn.LinkCase l -> linkCase(l, chatId, language);
            case Turn.LinkStaff l -> linkStaff(l, chatId, language);
        };
    }

    private String submit(Turn.SubmitIntake s, long chatId, Language language) {
        var application = new PublicIntake.Application(s.name(), s.contact(), s.whereabouts(), s.needs());
        if (!intake.problems(application).isEmpty()) {
            return text(language, "telegram.bot.intake.invalid");
        }
        // over the budget the application is held for a coordinator, never refused (issue 16)
        var receipt = intake.allowSubmit(client(chatId)) ? intake.submit(application) : intake.hold(application);
        return text(language, "telegram.bot.intake.received", receipt.code(), receipt.passphrase());
    }

    private String status(Turn.AskStatus s, long chatId, Language language) {
        if (!intake.allowStatus(client(chatId))) {
            return text(language, "telegram.bot.throttled");
        }
        if (s.code().isBlank() || s.passphrase().isBlank() || s.code().length() > 20 || s.passphrase().length() > 100) {
            return text(language, "telegram.bot.status.unknown");
        }
        return intake.status(s.code(), s.passphrase())
                .map(stage -> text(language, "telegram.bot.status", text(language, "intake." + stage.messageKey())))
                .orElseGet(() -> text(language, "telegram.bot.status.unknown")); // the web page's words, with how to try again here
    }

    private String checkIn(Turn.CheckIn c, long chatId, Language language) {
        long began = System.nanoTime();
        var linked = chats.caseOf(chatId);
        if (linked.isEmpty()) {
            return text(language, "telegram.bot.checkin.notLinked");
        }
        checkIns.record(linked.get().caseId(), CheckIns.Channel.TELEGRAM, c.phrase());
        long waitNanos = CHECKIN_ANSWER_AFTER.toNanos() - (System.nanoTime() - began);
        if (waitNanos > 0) {
            try {
                Thread.sleep(Duration.ofNanos(waitNanos));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return text(language, "telegram.bot.checkin.done");
    }

    private String linkCase(Turn.LinkCase l, long chatId, Language language) {
        if (!intake.allowStatus(client(chatId))) {
            return text(language, "telegram.bot.throttled");
        }
        Boolean linked = transactions.execute(tx -> codes.redeem(LinkCodes.Kind.CASE, l.code(), clock.instant()).map(r -> {
            CaseId caseId = new CaseId(r.caseId());
            chats.linkCase(r.organizationId(), caseId, chatId, clock.instant());
            audit.record(new AuditEvent("telegram.link.case", "case", caseId.toString(), r.organizationId(), AuditEvent.Outcome.SUCCESS,
                    "a Telegram chat was connected for check-ins"));
            return true;
        }).orElse(false));
        return text(language, Boolean.TRUE.equals(linked) ? "telegram.bot.link.done" : "telegram.bot.link.invalid");
    }

    private String linkStaff(Turn.LinkStaff l, long chatId, Language language) {
        if (!intake.allowStatus(client(chatId))) {
            return text(language, "telegram.bot.throttled");
        }
        Boolean linked = transactions.execute(tx -> codes.redeem(LinkCodes.Kind.STAFF, l.code(), clock.instant()).map(r -> {
            chats.linkStaff(r.staffId(), r.organizationId(), chatId, clock.instant());
            audit.record(new AuditEvent("telegram.link.staff", "staff", r.staffId().toString(), r.organizationId(),
                    AuditEvent.Outcome.SUCCESS, "a staff member's Telegram account was connected for alerts"));
            return true;
        }).orElse(false));
        return text(language, Boolean.TRUE.equals(linked) ? "telegram.bot.staff.done" : "telegram.bot.link.invalid");
    }

    private List<List<BotClient.Button>> menu(Language language) {
        return List.of(
                List.of(new BotClient.Button(text(language, "telegram.bot.button.intake"), "/intake"),
                        new BotClient.Button(text(language, "telegram.bot.button.status"), "/status")),
                List.of(new BotClient.Button(text(language, "telegram.bot.button.checkin"), "/checkin"),
                        new BotClient.Button(text(language, "telegram.bot.button.lang"), "/lang")));
    }

    private String text(Language language, String key, Object... args) {
        return messages.getMessage(key, args, key, language.locale());
    }

    /** The rate-limit key of a chat: a hash, so the table of counters holds no chat id. */
    private static String client(long chatId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("telegram:" + chatId).getBytes(StandardCharsets.US_ASCII));
            return "tg:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

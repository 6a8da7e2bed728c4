package org.passage.telegram.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.passage.intake.PublicIntake;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every chat's conversation, in memory only (a restart forgets unfinished answers, which is the point), keyed
 * by chat id, and dropped after the configured timeout without a message. Bounded: when full, new chats get a
 * conversation that is not kept, so a flood cannot exhaust memory.
 */
@Component
class Conversations {

    static final int MAX_CHATS = 20_000;

    private final Map<Long, Conversation> byChat = new ConcurrentHashMap<>();
    private final TelegramSettings settings;
    private final PublicIntake intake;
    private final Clock clock;

    Conversations(TelegramSettings settings, PublicIntake intake, Clock clock) {
        this.settings = settings;
        this.intake = intake;
        this.clock = clock;
    }

    Conversation of(long chatId, @Nullable String languageCode) {
        var now = clock.instant();
        Conversation existing = byChat.get(chatId);
        if (existing != null && !existing.expired(now)) {
            return existing;
        }
        Conversation fresh = new Conversation(existing != null ? existing.language() : Language.fromTelegram(languageCode), now,
                settings.conversationTimeout(), this::problem);
        if (byChat.size() < MAX_CHATS || existing != null) {
            byChat.put(chatId, fresh);
        }
        return fresh;
    }

    @Scheduled(fixedDelay = 60_000)
    void forgetIdle() {
        var now = clock.instant();
        byChat.values().removeIf(c -> c.expired(now));
    }

    int size() {
        return byChat.size();
    }

    private @Nullable String problem(String field, String value) {
        var application = new PublicIntake.Application(
                field.equals("name") ? value : "x", field.equals("contact") ? value : "x",
                field.equals("whereabouts") ? value : "x", field.equals("needs") ? value : "x");
        return intake.problems(application).get(field);
    }
}

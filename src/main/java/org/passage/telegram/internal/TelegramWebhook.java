package org.passage.telegram.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Telegram pushes updates in webhook mode. Public (Telegram has no login), so it is authenticated by
 * the secret given to Telegram at start in {@code X-Telegram-Bot-Api-Secret-Token}; any other request — or
 * any request in long-polling mode — is answered 404, like a page that does not exist.
 */
@RestController
class TelegramWebhook {

    static final int MAX_BODY = 256 * 1024;
    private final TelegramBot bot;

    TelegramWebhook(TelegramBot bot) {
        this.bot = bot;
    }

    @PostMapping(TelegramBot.WEBHOOK_PATH)
    ResponseEntity<Void> receive(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) @Nullable String secret,
                                 @RequestBody(required = false) @Nullable String body) {
        boolean accepted = bot.acceptWebhook(secret, body != null && body.length() > MAX_BODY ? null : body);
        return accepted ? ResponseEntity.ok().build() : ResponseEntity.notFound().build();
    }
}

package org.passage.telegram.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Runs the bot by long polling, only when a token is configured; without one nothing starts and nothing is
 * sent. Updates are handled one at a time on the library's consumer thread, which keeps each chat's
 * conversation in order.
 */
@Component
class TelegramBot implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

    private final TelegramSettings settings;
    private final ChatDesk desk;
    private @Nullable TelegramBotsLongPollingApplication application;
    private @Nullable ScheduledExecutorService poller;
    private @Nullable BotClient client;
    private Runnable removeRedaction = () -> { };

    TelegramBot(TelegramSettings settings, ChatDesk desk) {
        this.settings = settings;
        this.desk = desk;
    }

    @Override
    public synchronized void start() {
        Optional<BotToken> configured = settings.resolveToken();
        if (configured.isEmpty()) {
            log.info("Telegram bot not started: no token (PASSAGE_TELEGRAM_TOKEN or passage.telegram.token-file)");
            return;
        }
        BotToken token = configured.get();
        removeRedaction = TokenRedaction.install(token);
        var http = BotClient.http(token, settings.pollTimeout());
        var url = BotClient.url(settings.api());
        BotClient bot = new BotClient(token, http, url);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "telegram-poller");
            thread.setDaemon(true);
            return thread;
        });
        var app = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> executor);
        int timeout = (int) settings.pollTimeout().toSeconds();
        try {
            app.registerBot(token.value(), () -> url,
                    last -> GetUpdates.builder().offset(last + 1).timeout(timeout).allowedUpdates(List.of("message", "callback_query")).build(),
                    (LongPollingSingleThreadUpdateConsumer) update -> desk.handle(update, bot));
        } catch (TelegramApiException | RuntimeException e) {
            executor.shutdownNow();
            log.error("Telegram bot not started: {}", token.redact(e.getClass().getSimpleName() + ": " + e.getMessage()));
            return;
        }
        this.application = app;
        this.poller = executor;
        this.client = bot;
        log.info("Telegram bot started (long polling)");
    }

    @Override
    public synchronized void stop() {
        if (application != null) {
            try {
                application.close();
            } catch (Exception e) {
                log.warn("Telegram bot did not stop cleanly: {}", e.getClass().getSimpleName());
            }
            application = null;
        }
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
        client = null;
        removeRedaction.run();
        removeRedaction = () -> { };
    }

    @Override
    public synchronized boolean isRunning() {
        return application != null;
    }

    /** The client to send with, while the bot runs. */
    synchronized Optional<BotClient> client() {
        return Optional.ofNullable(client);
    }
}

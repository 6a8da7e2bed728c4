package org.passage.telegram.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Runs the bot, only when a token is configured; without one nothing starts and nothing is sent. By default it
 * long-polls; with {@code passage.telegram.webhook-url} it registers a webhook with a fresh random secret and
 * takes updates from {@link TelegramWebhook}. Either way updates are handled one at a time, in order.
 */
@Component
class TelegramBot implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    static final String WEBHOOK_PATH = "/telegram/webhook";

    private final TelegramSettings settings;
    private final ChatDesk desk;
    private final MessageSource messages;
    private final ObjectMapper updates = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private @Nullable TelegramBotsLongPollingApplication application;
    private @Nullable ExecutorService worker;
    private @Nullable BotClient client;
    private byte @Nullable [] webhookSecret;
    private Runnable removeRedaction = () -> { };

    TelegramBot(TelegramSettings settings, ChatDesk desk, MessageSource messages) {
        this.settings = settings;
        this.desk = desk;
        this.messages = messages;
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
        boolean started = settings.webhookUrl() == null ? startPolling(token, bot, http, url) : startWebhook(bot);
        if (!started) {
            stop();
            return;
        }
        this.client = bot;
        bot.setCommands(commands(Language.EN), null);
        bot.setCommands(commands(Language.RU), "ru");
        log.info("Telegram bot started ({})", settings.webhookUrl() == null ? "long polling" : "webhook");
    }

    private boolean startPolling(BotToken token, BotClient bot, okhttp3.OkHttpClient http, org.telegram.telegrambots.meta.TelegramUrl url) {
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(daemon("telegram-poller"));
        worker = poller;
        var app = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> poller);
        application = app;
        int timeout = (int) settings.pollTimeout().toSeconds();
        try {
            app.registerBot(token.value(), () -> url,
                    last -> GetUpdates.builder().offset(last + 1).timeout(timeout).allowedUpdates(List.of("message", "callback_query")).build(),
                    (LongPollingSingleThreadUpdateConsumer) update -> desk.handle(update, bot));
            return true;
        } catch (TelegramApiException | RuntimeException e) {
            log.error("Telegram bot not started: {}", token.redact(e.getClass().getSimpleName() + ": " + e.getMessage()));
            return false;
        }
    }

    private boolean startWebhook(BotClient bot) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        if (!bot.setWebhook(settings.webhookUrl() + WEBHOOK_PATH, encoded)) {
            log.error("Telegram bot not started: the webhook was not accepted");
            return false;
        }
        webhookSecret = encoded.getBytes(StandardCharsets.US_ASCII);
        worker = Executors.newSingleThreadExecutor(daemon("telegram-webhook"));
        return true;
    }

    /** An update pushed to the webhook: false (answered as if there were no such page) unless its secret matches. */
    boolean acceptWebhook(@Nullable String secret, @Nullable String body) {
        byte[] expected;
        ExecutorService handler;
        BotClient bot;
        synchronized (this) {
            expected = webhookSecret;
            handler = worker;
            bot = client;
        }
        if (expected == null || handler == null || bot == null || secret == null
                || !MessageDigest.isEqual(expected, secret.getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        if (body == null || body.isBlank()) {
            return true;
        }
        try {
            Update update = updates.readValue(body, Update.class);
            handler.execute(() -> desk.handle(update, bot));
        } catch (com.fasterxml.jackson.core.JacksonException | RejectedExecutionException e) {
            // malformed or arriving while stopping: dropped, and never logged (it holds what the person wrote)
            log.debug("a webhook update was dropped: {}", e.getClass().getSimpleName());
        }
        return true;
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
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
        client = null;
        webhookSecret = null;
        removeRedaction.run();
        removeRedaction = () -> { };
    }

    @Override
    public synchronized boolean isRunning() {
        return client != null;
    }

    /** The client to send with, while the bot runs. */
    synchronized Optional<BotClient> client() {
        return Optional.ofNullable(client);
    }

    private Map<String, String> commands(Language language) {
        var commands = new LinkedHashMap<String, String>();
        for (String command : List.of("start", "intake", "status", "checkin", "lang", "cancel")) {
            commands.put(command, messages.getMessage("telegram.bot.command." + command, null, language.locale()));
        }
        return commands;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}

package org.passage.telegram.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The few Bot API calls Passage makes, over the library's OkHttp client. A failed call is logged by its method
 * and the redacted reason, never with the request (which holds the token in its URL and the text in its body).
 */
final class BotClient {

    private static final Logger log = LoggerFactory.getLogger(BotClient.class);

    /** A button of the menu: its label (message key) and the command it sends back. */
    record Button(String label, String command) {
    }

    private final OkHttpTelegramClient client;
    private final BotToken token;

    BotClient(BotToken token, OkHttpClient http, TelegramUrl url) {
        this.token = token;
        this.client = new OkHttpTelegramClient(http, token.value(), url);
    }

    /** An OkHttp client whose errors carry no URL: the token is part of every request's path. */
    static OkHttpClient http(BotToken token, Duration pollTimeout) {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(pollTimeout.plusSeconds(15))
                .writeTimeout(Duration.ofSeconds(20))
                .addInterceptor(chain -> {
                    try {
                        return chain.proceed(chain.request());
                    } catch (IOException e) {
                        throw new IOException(token.redact(e.getClass().getSimpleName() + ": " + e.getMessage()));
                    }
                })
                .build();
    }

    static TelegramUrl url(@Nullable URI apiUrl) {
        if (apiUrl == null) {
            return TelegramUrl.DEFAULT_URL;
        }
        int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : apiUrl.getScheme().equals("https") ? 443 : 80;
        return new TelegramUrl(apiUrl.getScheme(), apiUrl.getHost(), port, false);
    }

    boolean send(long chatId, String text, List<List<Button>> buttons) {
        var message = SendMessage.builder().chatId(chatId).text(text);
        if (!buttons.isEmpty()) {
            message.replyMarkup(InlineKeyboardMarkup.builder().keyboard(buttons.stream()
                    .map(row -> new InlineKeyboardRow(row.stream()
                            .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.command()).build()).toList()))
                    .toList()).build());
        }
        return call(message.build());
    }

    boolean delete(long chatId, int messageId) {
        return call(new DeleteMessage(Long.toString(chatId), messageId));
    }

    /** The command list Telegram shows beside the text box, for one language (null: everyone else). */
    void setCommands(java.util.Map<String, String> descriptions, @Nullable String languageCode) {
        call(SetMyCommands.builder().commands(descriptions.entrySet().stream()
                .map(e -> new BotCommand(e.getKey(), e.getValue())).toList()).languageCode(languageCode).build());
    }

    /** Tells Telegram to push updates to {@code url}, each carrying {@code secret} in a header; true when accepted. */
    boolean setWebhook(String url, String secret) {
        try {
            return Boolean.TRUE.equals(client.execute(SetWebhook.builder().url(url).secretToken(secret)
                    .allowedUpdates(List.of("message", "callback_query")).build()));
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Telegram setWebhook failed: {}", token.redact(e.getClass().getSimpleName() + ": " + e.getMessage()));
            return false;
        }
    }

    void answerCallback(String callbackId) {
        call(new AnswerCallbackQuery(callbackId));
    }

    private boolean call(BotApiMethod<?> method) {
        try {
            client.execute(method);
            return true;
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Telegram {} failed: {}", method.getMethod(), token.redact(e.getClass().getSimpleName() + ": " + e.getMessage()));
            return false;
        }
    }
}

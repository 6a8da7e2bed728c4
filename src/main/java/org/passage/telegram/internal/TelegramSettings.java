package org.passage.telegram.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code passage.telegram.*}. The token is a secret: given by {@code PASSAGE_TELEGRAM_TOKEN} or read from
 * {@code token-file} (outside the database, like the master key), and never shown: {@link #toString()} hides it.
 * {@code api-url} points the library at another Bot API server (a local one, or the fake in tests);
 * {@code webhook-url} (the installation's public https address) switches from long polling to a webhook at
 * {@code <webhook-url>/telegram/webhook}.
 */
@ConfigurationProperties("passage.telegram")
record TelegramSettings(@Nullable String token, @Nullable Path tokenFile, @Nullable String apiUrl, Duration pollTimeout,
                        Duration conversationTimeout, Duration linkCodeValidity, @Nullable String webhookUrl) {

    TelegramSettings {
        token = token == null || token.isBlank() ? null : token.strip();
        pollTimeout = pollTimeout == null ? Duration.ofSeconds(50) : pollTimeout;
        conversationTimeout = conversationTimeout == null ? Duration.ofMinutes(15) : conversationTimeout;
        linkCodeValidity = linkCodeValidity == null ? Duration.ofHours(24) : linkCodeValidity;
        apiUrl = apiUrl == null || apiUrl.isBlank() ? null : apiUrl.strip();
        if (apiUrl != null) {
            URI parsed;
            try {
                parsed = URI.create(apiUrl);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("passage.telegram.api-url is not a URL");
            }
            if (parsed.getScheme() == null || parsed.getHost() == null || !parsed.getScheme().matches("https?")) {
                throw new IllegalArgumentException("passage.telegram.api-url must be an absolute http(s) URL");
            }
        }
        webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip().replaceAll("/+$", "");
        if (webhookUrl != null && !webhookUrl.matches("https://[^/\\s]+(/[^\\s]*)?")) {
            throw new IllegalArgumentException("passage.telegram.webhook-url must be an absolute https URL (Telegram calls only https)");
        }
        if (pollTimeout.isNegative() || pollTimeout.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new IllegalArgumentException("passage.telegram.poll-timeout must be between 0 and 60 seconds");
        }
    }

    @Nullable URI api() {
        return apiUrl == null ? null : URI.create(apiUrl);
    }

    /** The configured token, from the setting or the token file; empty when the bot is not set up. */
    java.util.Optional<BotToken> resolveToken() {
        if (token != null) {
            return java.util.Optional.of(new BotToken(token));
        }
        if (tokenFile != null && Files.isRegularFile(tokenFile)) {
            try {
                String read = Files.readString(tokenFile).strip();
                return read.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new BotToken(read));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read passage.telegram.token-file " + tokenFile + ": " + e.getClass().getSimpleName());
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return "TelegramSettings[token=" + (token == null ? "none" : "[REDACTED]") + ", tokenFile=" + tokenFile + ", apiUrl=" + apiUrl
                + ", pollTimeout=" + pollTimeout + ", webhookUrl=" + webhookUrl + "]";
    }
}

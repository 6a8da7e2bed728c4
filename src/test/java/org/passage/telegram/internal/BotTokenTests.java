package org.passage.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The token is a secret: redacted in its own toString, in settings, in every log line of the library, and read from a file. */
class BotTokenTests {

    private static final String TOKEN = "123456789:AAF-secret_part_of_the_token_0123";
    private final BotToken token = new BotToken(TOKEN);

    @Test
    void redactsTheTokenAndAnythingShapedLikeOne() {
        assertThat(token.toString()).doesNotContain("secret_part");
        assertThat(token.redact("POST https://api.telegram.org/bot" + TOKEN + "/getUpdates failed"))
                .isEqualTo("POST https://api.telegram.org/bot[REDACTED]/getUpdates failed");
        assertThat(token.redact("another 987654321:ZZZ-other_token_of_someone_else9 here")).doesNotContain("other_token");
        assertThatThrownBy(() -> new BotToken("has space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BotToken("a/b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLibrarysLogLinesAndExceptionsLoseTheToken() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        var captured = new ListAppender<ILoggingEvent>();
        captured.start();
        root.addAppender(captured);
        Runnable remove = TokenRedaction.install(token);
        try {
            var url = "https://api.telegram.org/bot" + TOKEN + "/sendMessage";
            LoggerFactory.getLogger("org.telegram.telegrambots.longpolling.BotSession")
                    .error("Error calling {}", url, new IOException("unexpected end of stream on " + url, new IOException(url)));
            LoggerFactory.getLogger("okhttp3.OkHttpClient").warn("A connection to " + url + " was leaked");
            LoggerFactory.getLogger("org.passage.elsewhere").error("oops", new IllegalStateException(url));
        } finally {
            remove.run();
            root.detachAppender(captured);
        }
        assertThat(captured.list).hasSize(3);
        for (ILoggingEvent event : captured.list) {
            String text = event.getFormattedMessage() + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(text).doesNotContain("secret_part").contains("[REDACTED]");
        }
    }

    @Test
    void settingsReadTheTokenFromAFileAndNeverShowIt(@TempDir Path dir) throws IOException {
        var none = new TelegramSettings(null, dir.resolve("absent.token"), null, null, null, null, null);
        assertThat(none.resolveToken()).isEmpty();
        Path file = dir.resolve("bot.token");
        Files.writeString(file, TOKEN + "\n");
        var fromFile = new TelegramSettings(" ", file, "http://127.0.0.1:9", Duration.ofSeconds(1), null, null, null);
        assertThat(fromFile.resolveToken()).contains(token);
        var direct = new TelegramSettings(TOKEN, null, null, null, null, null, null);
        assertThat(direct.toString()).doesNotContain("secret_part");
        assertThat(direct.linkCodeValidity()).isEqualTo(Duration.ofHours(24));
        assertThatThrownBy(() -> new TelegramSettings(null, null, "ftp://x", null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TelegramSettings(null, null, "not a url", null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}

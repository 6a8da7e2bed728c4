package org.passage.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.passage.support.PassageIntegrationTest;
import org.passage.bench.telegram.FakeBotApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Webhook mode: the bot registers {@code <webhook-url>/telegram/webhook} with a random secret instead of
 * polling, takes updates only with that secret (anything else is a 404, no login or CSRF token involved),
 * and answers through the Bot API as in polling mode.
 */
@PassageIntegrationTest(properties = "passage.telegram.webhook-url=https://passage.example.org/")
@DirtiesContext
class TelegramWebhookIntegrationTests {

    static FakeBotApi api;

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void fakeTelegram(DynamicPropertyRegistry registry) throws Exception {
        api = new FakeBotApi(TelegramBotIntegrationTests.TOKEN);
        registry.add("passage.telegram.api-url", api::url);
        registry.add("passage.telegram.token", () -> TelegramBotIntegrationTests.TOKEN);
    }

    @AfterAll
    static void stopFake() {
        api.close();
    }

    @Test
    void updatesComeOnlyWithTheSecretAndAreAnswered() throws Exception {
        var webhook = api.webhook().orElseThrow();
        assertThat(webhook.getKey()).isEqualTo("https://passage.example.org/telegram/webhook");
        assertThat(webhook.getValue()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(api.calls()).doesNotContain("getupdates");

        String update = """
                {"update_id": 1, "message": {"message_id": 10, "date": 1, "text": "/start",
                 "from": {"id": 9001, "is_bot": false, "first_name": "P", "language_code": "en"},
                 "chat": {"id": 9001, "type": "private"}}}""";
        assertThat(status(null, update)).isEqualTo(404);
        assertThat(status("wrong-secret", update)).isEqualTo(404);
        assertThat(status(webhook.getValue(), "{not json")).as("malformed, dropped quietly").isEqualTo(200);
        assertThat(status(webhook.getValue(), update)).isEqualTo(200);
        assertThat(api.awaitSent(9001, 1, Duration.ofSeconds(20)).getFirst().text()).startsWith("Hello");
    }

    private int status(String secret, String body) throws Exception {
        var request = post("/telegram/webhook").contentType(MediaType.APPLICATION_JSON).content(body);
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}

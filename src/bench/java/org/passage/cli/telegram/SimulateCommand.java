package org.passage.cli.telegram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.passage.cli.ApplicationCommand;
import org.passage.cli.ConfiguresApplication;
import org.passage.demo.DemoSeeder;
import org.passage.bench.telegram.FakeBotApi;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code passage telegram simulate}: the demo with a stand-in for Telegram on 127.0.0.1, so the bot can be
 * tried without the internet or a BotFather token. The terminal is the person's phone: what is typed is sent
 * to the bot, what the bot answers is printed, and the web pages run alongside to play the caseworker.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Start the demo with a local fake of Telegram and chat with the bot in this terminal.")
@ApplicationCommand(web = true)
public final class SimulateCommand implements Callable<Integer>, ConfiguresApplication {

    private static final String TOKEN = "1000000001:SIMULATED-local-token-not-valid-anywhere";
    private static final long CHAT = 4242;

    @Option(names = "--port", description = "HTTP port of the web pages (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--language", description = "The Telegram language of the simulated person: ru or en (default: ${DEFAULT-VALUE})",
            defaultValue = "ru")
    String language;

    @Autowired
    List<DemoSeeder> seeders = List.of();

    private @Nullable FakeBotApi telegram;

    @Override
    public Map<String, Object> applicationProperties() {
        try {
            telegram = new FakeBotApi(TOKEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("server.port", port, "passage.demo", true, "passage.telegram.token", TOKEN,
                "passage.telegram.api-url", telegram.url(), "passage.telegram.poll-timeout", "PT2S");
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream console = System.out;
        DemoSeeder.seedAll(seeders, console);
        FakeBotApi api = telegram;
        if (api == null) {
            return 1;
        }
        console.printf("%nPassage is running at http://localhost:%d/ and the bot talks to a fake Telegram on this machine.%n", port);
        console.println("Type to chat with the bot (try /start). A button is pressed by typing its command. /quit ends the chat.");
        console.println("To try check-ins: log in as caseworker, open a case's check-ins, Telegram, make a code, and type /link CODE here.");
        Thread printer = Thread.ofVirtual().start(() -> print(api, console));
        var input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = input.readLine(); line != null && !line.strip().equals("/quit"); line = input.readLine()) {
            if (!line.isBlank()) {
                api.userSays(CHAT, line, language);
            }
        }
        printer.interrupt();
        console.printf("The chat ended; Passage keeps running at http://localhost:%d/ (Ctrl+C to stop).%n", port);
        return 0;
    }

    /** Prints what the bot sends and deletes, as the person's phone would show it. */
    private static void print(FakeBotApi api, PrintStream console) {
        int shown = 0;
        int deletions = 0;
        while (!Thread.currentThread().isInterrupted()) {
            var sent = api.sentTo(CHAT);
            for (; shown < sent.size(); shown++) {
                var message = sent.get(shown);
                console.println("bot> " + message.text().replace("\n", "\n     "));
                if (!message.buttons().isEmpty()) {
                    console.println("     buttons: " + String.join("  ", message.buttons()));
                }
            }
            var deleted = api.deleted();
            for (; deletions < deleted.size(); deletions++) {
                console.println("     (the bot deleted your last message from the chat)");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}

package org.passage.bench.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the Telegram Bot API on 127.0.0.1, for tests and for trying the bot without the internet
 * ({@code passage telegram simulate}). It implements just what Passage calls: getMe, deleteWebhook,
 * getUpdates (offset and long-poll timeout), sendMessage, deleteMessage, answerCallbackQuery, setMyCommands and
 * setWebhook (accepted, nothing pushed: a webhook test posts the updates itself). A person's
 * messages are queued as updates with {@link #userSays}; what the bot sent and deleted is kept for inspection.
 */
public final class FakeBotApi implements AutoCloseable {

    /** A message the bot sent: chat, its id, text, and the commands of its buttons. */
    public record Sent(long chatId, int messageId, String text, List<String> buttons) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpServer server;
    private final String token;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<JsonNode> updates = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private final List<Integer> deleted = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private @Nullable String webhookUrl;
    private @Nullable String webhookSecret;
    private int nextUpdateId = 1000;
    private int nextMessageId = 1;

    public FakeBotApi(String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "fake-bot-api");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** The base URL to give {@code passage.telegram.api-url}. */
    public String url() {
        return "http" + "://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues a text message from a person in a private chat; returns its message id. */
    public int userSays(long chatId, String text, String languageCode) {
        ObjectNode message = message(chatId, languageCode);
        message.put("text", text);
        return enqueue("message", message);
    }

    /** Queues a press on an inline button whose callback data is {@code data}. */
    public void userPresses(long chatId, String data, String languageCode) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", "cb" + nextUpdateId);
        query.set("from", user(chatId, languageCode));
        query.set("message", message(chatId, languageCode));
        query.put("chat_instance", "1");
        query.put("data", data);
        enqueue("callback_query", query);
    }

    /** Queues any update body (for malformed or unusual updates); the update id is added. */
    public void enqueueRaw(String json) {
        ObjectNode update = (ObjectNode) JSON.readTree(json);
        lock.lock();
        try {
            update.put("update_id", nextUpdateId++);
            updates.add(update);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the bot has sent at least {@code count} messages to the chat; returns them all. */
    public List<Sent> awaitSent(long chatId, int count, Duration atMost) {
        Instant until = Instant.now().plus(atMost);
        lock.lock();
        try {
            while (sentTo(chatId).size() < count) {
                long left = Duration.between(Instant.now(), until).toNanos();
                if (left <= 0) {
                    throw new AssertionError("the bot sent " + sentTo(chatId).size() + " of " + count + " messages to chat " + chatId);
                }
                changed.awaitNanos(left);
            }
            return sentTo(chatId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        } finally {
            lock.unlock();
        }
    }

    public List<Sent> sent() {
        lock.lock();
        try {
            return List.copyOf(sent);
        } finally {
            lock.unlock();
        }
    }

    public List<Sent> sentTo(long chatId) {
        lock.lock();
        try {
            return sent.stream().filter(s -> s.chatId() == chatId).toList();
        } finally {
            lock.unlock();
        }
    }

    public List<Integer> deleted() {
        lock.lock();
        try {
            return List.copyOf(deleted);
        } finally {
            lock.unlock();
        }
    }

    /** The Bot API methods called so far, in order. */
    public List<String> calls() {
        lock.lock();
        try {
            return List.copyOf(calls);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            if (!path.startsWith(prefix)) {
                respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            // Telegram matches method names regardless of case, and the library sends some in lower case
            String method = path.substring(prefix.length()).toLowerCase(java.util.Locale.ROOT);
            byte[] body = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            JsonNode request = body.length == 0 ? JSON.createObjectNode()
                    : contentType != null && contentType.startsWith("multipart/form-data") ? multipart(contentType, body) : JSON.readTree(body);
            lock.lock();
            try {
                calls.add(method);
            } finally {
                lock.unlock();
            }
            JsonNode result = switch (method) {
                case "getme" -> bot();
                case "setwebhook" -> setWebhook(request);
                case "deletewebhook", "setmycommands", "answercallbackquery" -> JSON.getNodeFactory().booleanNode(true);
                case "getupdates" -> getUpdates(request);
                case "sendmessage" -> sendMessage(request);
                case "deletemessage" -> deleteMessage(request);
                default -> null;
            };
            if (result == null) {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not implemented by the fake\"}");
                return;
            }
            ObjectNode answer = JSON.createObjectNode();
            answer.put("ok", true);
            answer.set("result", result);
            respond(exchange, 200, JSON.writeValueAsString(answer));
        } catch (RuntimeException e) {
            respond(exchange, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request\"}");
        }
    }

    private JsonNode getUpdates(JsonNode request) {
        int offset = request.path("offset").asInt(0);
        long timeout = Math.min(request.path("timeout").asInt(0), 60);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
        lock.lock();
        try {
            updates.removeIf(u -> u.path("update_id").asInt() < offset);
            while (updates.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                changed.awaitNanos(left);
            }
            ArrayNode result = JSON.createArrayNode();
            updates.forEach(result::add);
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return JSON.createArrayNode();
        } finally {
            lock.unlock();
        }
    }

    private JsonNode sendMessage(JsonNode request) {
        long chatId = Long.parseLong(request.path("chat_id").asString());
        String text = request.path("text").asString();
        List<String> buttons = new ArrayList<>();
        request.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(b -> buttons.add(b.path("callback_data").asString())));
        lock.lock();
        try {
            int id = nextMessageId++;
            sent.add(new Sent(chatId, id, text, List.copyOf(buttons)));
            changed.signalAll();
            ObjectNode message = JSON.createObjectNode();
            message.put("message_id", id);
            message.put("date", Instant.now().getEpochSecond());
            ObjectNode chat = message.putObject("chat");
            chat.put("id", chatId);
            chat.put("type", "private");
            message.put("text", text);
            return message;
        } finally {
            lock.unlock();
        }
    }

    /** The webhook the bot registered, as url and secret; empty when it long-polls. */
    public java.util.Optional<java.util.Map.Entry<String, String>> webhook() {
        lock.lock();
        try {
            return webhookUrl == null || webhookSecret == null ? java.util.Optional.empty()
                    : java.util.Optional.of(java.util.Map.entry(webhookUrl, webhookSecret));
        } finally {
            lock.unlock();
        }
    }

    private JsonNode setWebhook(JsonNode request) {
        lock.lock();
        try {
            webhookUrl = request.path("url").asString();
            webhookSecret = request.path("secret_token").asString();
            return JSON.getNodeFactory().booleanNode(true);
        } finally {
            lock.unlock();
        }
    }

    private JsonNode deleteMessage(JsonNode request) {
        lock.lock();
        try {
            deleted.add(request.path("message_id").asInt());
            changed.signalAll();
            return JSON.getNodeFactory().booleanNode(true);
        } finally {
            lock.unlock();
        }
    }

    private int enqueue(String kind, ObjectNode body) {
        lock.lock();
        try {
            ObjectNode update = JSON.createObjectNode();
            update.put("update_id", nextUpdateId++);
            update.set(kind, body);
            updates.add(update);
            changed.signalAll();
            return body.path("message_id").asInt(body.path("message").path("message_id").asInt());
        } finally {
            lock.unlock();
        }
    }

    private ObjectNode message(long chatId, @Nullable String languageCode) {
        ObjectNode message = JSON.createObjectNode();
        lock.lock();
        try {
            message.put("message_id", nextMessageId++);
        } finally {
            lock.unlock();
        }
        message.put("date", Instant.now().getEpochSecond());
        message.set("from", user(chatId, languageCode));
        ObjectNode chat = message.putObject("chat");
        chat.put("id", chatId);
        chat.put("type", "private");
        return message;
    }

    private static ObjectNode user(long id, @Nullable String languageCode) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", id);
        user.put("is_bot", false);
        user.put("first_name", "Person");
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user;
    }

    private static ObjectNode bot() {
        ObjectNode bot = JSON.createObjectNode();
        bot.put("id", 1);
        bot.put("is_bot", true);
        bot.put("first_name", "Passage");
        bot.put("username", "passage_demo_bot");
        return bot;
    }

    /** The library sends some methods (setWebhook) as multipart forms: each part becomes a text field. */
    private static ObjectNode multipart(String contentType, byte[] body) {
        String boundary = "--" + contentType.replaceFirst(".*boundary=\"?([^\";]+)\"?.*", "$1");
        ObjectNode fields = JSON.createObjectNode();
        for (String part : new String(body, StandardCharsets.UTF_8).split(java.util.regex.Pattern.quote(boundary))) {
            int split = part.indexOf("\r\n\r\n");
            var name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(part);
            if (split > 0 && name.find() && name.start() < split) {
                fields.put(name.group(1), part.substring(split + 4).replaceFirst("\r\n$", ""));
            }
        }
        return fields;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}

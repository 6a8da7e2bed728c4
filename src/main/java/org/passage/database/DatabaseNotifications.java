package org.passage.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's LISTEN/NOTIFY between the nodes (and command-line runs) of one installation: {@link #publish} inside
 * a transaction reaches every listener when it commits, never before and never if it rolls back. Each node listens
 * on one connection of its own, outside the pool, and reconnects when the server restarts. A notification says
 * only that something changed ("a list version went live"); listeners read the database for what, so a missed
 * notification (while reconnecting) delays but never loses anything as long as they also look from time to time.
 */
@Component
public class DatabaseNotifications implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseNotifications.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private volatile boolean stopped;
    private volatile Thread listening;

    DatabaseNotifications(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Tells every listener of {@code channel}, when the current transaction commits (at once outside one). */
    public void publish(String channel, String payload) {
        jdbc.sql("select pg_notify(?, ?)").params(checked(channel), payload).query((rs, n) -> 1).list();
    }

    /** Calls {@code listener} on a background thread with the payload of each notification on {@code channel}. */
    public synchronized void subscribe(String channel, Consumer<String> listener) {
        listeners.computeIfAbsent(checked(channel), c -> new CopyOnWriteArrayList<>()).add(listener);
        if (listening == null) {
            listening = Thread.ofPlatform().name("db-notifications").daemon().start(this::listen);
        }
    }

    private void listen() {
        Duration wait = Duration.ofSeconds(1);
        while (!stopped) {
            try (Connection connection = connect()) {
                for (String channel : listeners.keySet()) {
                    try (var statement = connection.createStatement()) {
                        statement.execute("listen " + channel);
                    }
                }
                wait = Duration.ofSeconds(1);
                var subscribed = listeners.keySet().size();
                var pg = connection.unwrap(PGConnection.class);
                while (!stopped && listeners.size() == subscribed) {
                    PGNotification[] received = pg.getNotifications(1_000);
                    if (received == null) {
                        continue;
                    }
                    for (PGNotification notification : received) {
                        deliver(notification.getName(), notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (stopped) {
                    return;
                }
                log.warn("listening for database notifications failed ({}); trying again in {} s", e.getClass().getSimpleName(), wait.toSeconds());
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : wait.multipliedBy(2);
            }
        }
    }

    private void deliver(String channel, String payload) {
        for (Consumer<String> listener : listeners.getOrDefault(channel, List.of())) {
            try {
                listener.accept(payload);
            } catch (RuntimeException e) {
                log.error("a listener of {} failed", channel, e);
            }
        }
    }

    /** A connection outside the pool: LISTEN holds it for the node's life, which a pooled one must not be. */
    private Connection connect() throws SQLException {
        if (dataSource instanceof HikariDataSource pool) {
            return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        return dataSource.getConnection();
    }

    private static String checked(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("not a channel name: " + channel);
        }
        return channel;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        stopped = true;
        Thread thread = listening;
        if (thread != null) {
            thread.interrupt();
        }
    }
}

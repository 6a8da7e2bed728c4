package org.passage.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.session.SessionIdGenerator;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * The browser holds a 256-bit secret; the database holds only a hash of it as the session id. Someone who reads
 * the sessions table (a leaked backup, a replica, an operator) learns no cookie he could present: the id he sees
 * is not what the browser sends. A new id's secret is kept in memory by the node that made it, for the cookie it
 * writes in that same request (the last 10,000 only).
 */
final class HashedSessionIds implements HttpSessionIdResolver, SessionIdGenerator {

    /** Secrets of ids made in requests still running; bounded so sessions abandoned mid-request cannot pile up. */
    private static final int PENDING = 10_000;

    private final CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> secretsOfNewIds = java.util.Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > PENDING;
        }
    });

    HashedSessionIds(CookieSerializer serializer) {
        cookies.setCookieSerializer(serializer);
    }

    @Override
    public String generate() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = idOf(cookie);
        secretsOfNewIds.put(id, cookie);
        return id;
    }

    @Override
    public List<String> resolveSessionIds(HttpServletRequest request) {
        return cookies.resolveSessionIds(request).stream().map(HashedSessionIds::idOf).toList();
    }

    @Override
    public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        // get, not remove: the session filter writes the cookie again when the response ends after being committed
        String secret = secretsOfNewIds.get(sessionId);
        if (secret == null) {
            // an id this node did not make in this request: its secret is unknown here, so no cookie can be written
            throw new IllegalStateException("no secret for a new session id (was it made by another generator?)");
        }
        cookies.setSessionId(request, response, secret);
    }

    @Override
    public void expireSession(HttpServletRequest request, HttpServletResponse response) {
        cookies.expireSession(request, response);
    }

    /** 36 hex characters (144 bits) of SHA-256: the width of Spring Session's id column. */
    static String idOf(String cookie) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cookie.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 18);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

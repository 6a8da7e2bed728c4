package org.passage.security.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The browser's device mark: a random 256-bit value in a long-lived cookie ({@code PASSAGE_DEVICE}, HttpOnly, Secure,
 * SameSite=Strict), given at the first complete login in a browser and stored only as its SHA-256. It is the one thing
 * Passage knows of a browser: no fingerprint, no user agent. Clearing cookies or a private window makes a new one.
 */
@Component
class DeviceMarks {

    static final String COOKIE = "PASSAGE_DEVICE";
    private static final Duration LIFETIME = Duration.ofDays(400); // the longest browsers keep a cookie
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();

    /** The SHA-256 of the request's device mark, if it carries a well-formed one. */
    Optional<byte[]> of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && VALUE.matcher(cookie.getValue()).matches()) {
                return Optional.of(hash(cookie.getValue()));
            }
        }
        return Optional.empty();
    }

    /** The request's device mark, or a new one set on the response; its SHA-256 either way. */
    byte[] ensure(HttpServletRequest request, HttpServletResponse response) {
        var existing = of(request);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, value).httpOnly(true).secure(true).sameSite("Strict")
                .path("/").maxAge(LIFETIME).build().toString());
        return hash(value);
    }

    static byte[] hash(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

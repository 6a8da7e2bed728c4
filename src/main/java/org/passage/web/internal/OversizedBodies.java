package org.passage.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.passage.web.SecurityHeaders;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body that is not a multipart upload (those are bounded by {@link OversizedUploads} and the
 * multipart limits) to {@link #MAX_BODY}: Spring reads a {@code @RequestBody} whole before any handler can look at its
 * size, so anyone could make the server hold what he sent. red27 sent three 450 MB bodies at once to the public
 * Telegram webhook, with no credentials, and to {@code /api/match} with a key: each was read to the end (300 MB took
 * 3.3–4 s and was then refused) and the JVM ran out of heap (OutOfMemoryError in the request threads). A body that says
 * its length is refused 413 before it is read; one sent in chunks is cut off once past the bound (its reader fails,
 * and the handler refuses it as unreadable). The largest honest body is a screening batch (256 KiB).
 */
@Configuration(proxyBeanMethods = false)
class OversizedBodies {

    static final int MAX_BODY = 1024 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> oversizedBodyFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(MAX_BODY));
        // after DatabaseUnavailable, before the direct API routes (HIGHEST_PRECEDENCE + 10), which read the body first
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final long limit;

        Filter(long limit) {
            this.limit = limit;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String type = request.getContentType();
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > limit) {
                SecurityHeaders.write(request, response);
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setHeader("Connection", "close");
                if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                    response.setContentType("application/problem+json");
                    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"body: larger than "
                            + limit + " bytes\",\"field\":\"body\"}");
                }
                return;
            }
            chain.doFilter(new Bounded(request, limit), response);
        }
    }

    /** The request whose body fails to read past the bound. */
    static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new BoundedStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }

    /** Thrown when a body goes past the bound. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("request body larger than " + limit + " bytes", null);
        }
    }

    private static final class BoundedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        BoundedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}

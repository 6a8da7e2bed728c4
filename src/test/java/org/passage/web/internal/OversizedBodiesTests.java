package org.passage.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Bodies past the bound are never held whole (red27: three 450 MB bodies to the public Telegram webhook, no credentials,
 * ran the JVM out of heap): refused unread when they say their length, cut off while read when they come in chunks.
 */
class OversizedBodiesTests {

    private final OversizedBodies.Filter filter = new OversizedBodies.Filter(1024);

    @Test
    void aBodyThatSaysItIsTooLargeIsRefusedUnreadWithTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/api/match/default", "/telegram/webhook"}) {
            var request = new MockHttpServletRequest("POST", path);
            request.setContentType("application/json");
            request.setContent(new byte[2048]);
            var response = new MockHttpServletResponse();
            var chain = new MockFilterChain();
            filter.doFilter(request, response, chain);
            assertThat(response.getStatus()).as(path).isEqualTo(413);
            assertThat(chain.getRequest()).as("nothing after the filter saw it").isNull();
            assertThat(response.getHeader("Content-Security-Policy")).isNotBlank();
            assertThat(response.getContentAsString()).isEqualTo(path.startsWith("/api/")
                    ? "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"body: larger than 1024 bytes\",\"field\":\"body\"}" : "");
        }
    }

    @Test
    void aChunkedBodyIsCutOffPastTheBoundAndASmallOneReadWhole() throws Exception {
        var chunked = new Chunked(new byte[4096]);
        var chain = new MockFilterChain();
        filter.doFilter(chunked, new MockHttpServletResponse(), chain);
        var passed = chain.getRequest();
        assertThatThrownBy(() -> passed.getInputStream().readAllBytes()).isInstanceOf(OversizedBodies.TooLarge.class);

        var small = new Chunked("{\"queries\": {}}".getBytes());
        chain = new MockFilterChain();
        filter.doFilter(small, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest().getReader().readLine()).isEqualTo("{\"queries\": {}}");
    }

    @Test
    void multipartUploadsAreLeftToTheirOwnLimits() throws Exception {
        var request = new MockHttpServletRequest("POST", "/cases/x/documents");
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[4096]);
        var chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
    }

    /** A request whose body comes without a length, as a chunked one does. */
    private static final class Chunked extends MockHttpServletRequest {

        private final byte[] body;

        Chunked(byte[] body) {
            super("POST", "/telegram/webhook");
            this.body = body;
            setContentType("application/json");
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}

package org.passage.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.passage.web.SecurityHeaders;

/**
 * RFC 7807 problem JSON written by the security filters, which run before Spring MVC's message converters, with the
 * security headers (a refusal from a filter placed before the chain's header writer would otherwise go without them).
 */
final class ProblemJson {

    private ProblemJson() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail, HttpServletRequest request)
            throws IOException {
        SecurityHeaders.write(request, response);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + quote(title) + ",\"status\":" + status
                + ",\"detail\":" + quote(detail) + ",\"instance\":" + quote(request.getRequestURI()) + "}");
    }

    static String quote(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

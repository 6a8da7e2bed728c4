package org.passage.screening.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.passage.security.DirectApiRoute;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/match/{dataset}} with an API key, answered without the web framework (see {@link DirectApiRoute}):
 * checked and answered exactly as {@link MatchApi} does, by the same {@link Matching}. It takes only what it reads
 * exactly as Spring binds it for MatchApi — a plain dataset name, a JSON body, and no query parameter but
 * {@code threshold}, {@code cutoff}, {@code limit} and {@code algorithm} with plain values — and leaves every request it
 * would refuse to MatchApi, so refusals have one implementation. Answers carry Content-Length (no chunking).
 */
@Component
class DirectMatchRoute implements DirectApiRoute {

    private static final Pattern PATH = Pattern.compile("/api/match/([A-Za-z0-9][A-Za-z0-9._-]{0,199})");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,12})?");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,3}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Set<String> PARAMETERS = Set.of("threshold", "cutoff", "limit", "algorithm");

    private final LiveIndex index;
    private final Matching matching;
    private final JsonMapper json;

    DirectMatchRoute(LiveIndex index, Matching matching, JsonMapper json) {
        this.index = index;
        this.matching = matching;
        this.json = json;
    }

    @Override
    public boolean takes(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && PATH.matcher(request.getRequestURI()).matches()
                && (type == null || type.toLowerCase(Locale.ROOT).startsWith("application/json"))
                && parameters(request.getQueryString()) != null;
    }

    @Override
    public @Nullable Answer prepare(HttpServletRequest request, byte[] body) {
        var path = PATH.matcher(request.getRequestURI());
        Map<String, String> parameters = parameters(request.getQueryString());
        var snapshot = index.snapshot();
        if (!path.matches() || parameters == null || snapshot.isEmpty() || !snapshot.get().knows(path.group(1))) {
            return null;
        }
        Matching.Checked checked;
        try {
            checked = Matching.Checked.of(path.group(1), body, parameters.get("algorithm"), number(parameters.get("threshold")),
                    number(parameters.get("cutoff")), parameters.containsKey("limit") ? Integer.valueOf(parameters.get("limit")) : null,
                    null, null, null, null, null, null);
        } catch (InvalidMatchRequest e) {
            return null; // MatchApi refuses it, with its problem JSON
        }
        return new Answer() {
            @Override
            public void write(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
                var answer = matching.answer(checked);
                byte[] bytes = json.writeValueAsBytes(answer);
                response.setStatus(200);
                response.setContentType("application/json");
                response.setHeader(Matching.BATCH_SIZE, String.valueOf(answer.responses().size()));
                response.setContentLength(bytes.length);
                response.getOutputStream().write(bytes);
            }

            @Override
            public int units() {
                return checked.units();
            }
        };
    }

    /** The query parameters when each is one this route reads, once, with a plain value; null otherwise. */
    static @Nullable Map<String, String> parameters(@Nullable String query) {
        Map<String, String> values = new HashMap<>(4);
        if (query == null || query.isEmpty()) {
            return values;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                return null;
            }
            String name = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            Pattern plain = name.equals("limit") ? WHOLE : name.equals("algorithm") ? WORD : NUMBER;
            if (!PARAMETERS.contains(name) || !plain.matcher(value).matches() || values.put(name, value) != null) {
                return null;
            }
        }
        return values;
    }

    private static @Nullable Double number(@Nullable String value) {
        return value == null ? null : Double.valueOf(value);
    }
}

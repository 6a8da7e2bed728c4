package org.passage.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;

/**
 * Sessions live in PostgreSQL behind a cookie (Spring Session), while MockMvc tests carry a {@link MockHttpSession}
 * from request to request. This keeps the two together: the session cookie a response sets is remembered in the
 * test's MockHttpSession and sent with every later request made with it; a cookie that ends the session
 * invalidates it. Tests keep saying {@code .session(session)} and exercise the real session store.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SessionCookies {

    public static final String COOKIE = "PASSAGE_SESSION";
    private static final String REMEMBERED = SessionCookies.class.getName() + ".cookie";

    @Bean
    MockMvcBuilderCustomizer sessionCookiesFollowTheTestsSession() {
        return builder -> builder
                .defaultRequest(get("/").with(request -> {
                    if (request.getSession(false) instanceof MockHttpSession session && !session.isInvalid()
                            && session.getAttribute(REMEMBERED) instanceof String value) {
                        List<Cookie> cookies = new ArrayList<>(request.getCookies() == null ? List.of() : List.of(request.getCookies()));
                        cookies.removeIf(c -> c.getName().equals(COOKIE));
                        cookies.add(new Cookie(COOKIE, value));
                        request.setCookies(cookies.toArray(Cookie[]::new));
                    }
                    return request;
                }))
                .alwaysDo(result -> {
                    Cookie set = result.getResponse().getCookie(COOKIE);
                    if (set == null) {
                        return;
                    }
                    var session = (MockHttpSession) result.getRequest().getSession(true);
                    if (session == null || session.isInvalid()) {
                        return;
                    }
                    if (set.getMaxAge() == 0 || set.getValue().isEmpty()) {
                        session.invalidate();
                    } else {
                        session.setAttribute(REMEMBERED, set.getValue());
                    }
                });
    }
}

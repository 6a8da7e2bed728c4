package org.passage.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Replaces Spring Boot's error page. A page request gets a translated page for 400, 403, 404 or 500 (any
 * other status shows as the nearest of those); {@code /api/**} gets RFC 7807 problem JSON. Neither ever
 * shows an exception, a stack trace or a message from inside.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Set<Integer> PAGES = Set.of(400, 403, 404, 500);
    static final String API_BAD_REQUEST = "The server could not read the request: too many parameters (at most 1,000), a malformed "
            + "%-escape, or a part too large.";

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Locale locale) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null) {
            known = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String s ? s : "";
        int page = PAGES.contains(status) ? status : known.is4xxClientError() ? 400 : 500;
        Object reason = request.getAttribute("passage.error.reason");
        boolean sessionEnded = "session-ended".equals(reason);
        String reasonKey = sessionEnded ? "error.sessionEnded.text" : "csrf".equals(reason) ? "error.csrf.text"
                // an address that only takes a form, opened as a page (a bookmark, a link copied from the address bar
                // after a form was sent): "something was missing, check the form" was no help
                : status == HttpStatus.METHOD_NOT_ALLOWED.value() ? "error.405.text" : "error." + page + ".text";
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            // a page's "check the form" told a yente client nothing: the container's 400s (more than 1,000 parameters, a
            // malformed %-escape) are said as the API's other refusals are
            var problem = ProblemDetail.forStatusAndDetail(known, status == 400 ? API_BAD_REQUEST : messages.getMessage(reasonKey, null, locale));
            problem.setTitle(known.getReasonPhrase());
            return ResponseEntity.status(known).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        var view = new ModelAndView("error/" + page, known);
        view.addObject("reason", reasonKey);
        view.addObject("sessionEnded", sessionEnded);
        if (sessionEnded) {
            view.addObject("typedBack", typedBack(request));
        }
        if (reason != null) {
            // a form was sent (the dispatch reads GET): a language link would open its address, which takes only a form
            view.addObject("answersAForm", true);
        }
        return view;
    }

    /**
     * What he typed on a form sent after his session ended, shown back to him so that logging in again does not cost
     * him his note (it was lost: the back button reaches the login page). Only when the browser says the form came
     * from one of Passage's own pages ({@code Sec-Fetch-Site: same-origin}, which another site cannot set): a form
     * posted from elsewhere gets no text of its choosing onto a Passage page. Only free text: no token, no digest of
     * what a form showed, no code word of a choice or an id.
     */
    static java.util.List<String> typedBack(HttpServletRequest request) {
        // (no test of the method: the error dispatch reads GET; a session is found ended only on a form sent)
        if (!"same-origin".equals(request.getHeader("Sec-Fetch-Site"))) {
            return java.util.List.of();
        }
        var typed = new java.util.ArrayList<String>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.equals("_csrf") || name.startsWith("shown") || name.equals("lang")
                    || secretField(name)) {
                return;
            }
            for (String value : values) {
                String text = value == null ? "" : value.strip();
                if (!text.isEmpty() && text.length() <= 20_000 && text.codePoints().anyMatch(Character::isLetter)
                        && !CHOICE.matcher(text).matches() && typed.size() < 20) {
                    typed.add(text);
                }
            }
        });
        return typed;
    }

    /**
     * A field that holds a secret (a password and its confirmation, the current password, a passphrase, a one-time
     * code, a key): never written onto a page, where the screen, a shoulder or the browser's history would keep it.
     * Every password field of every page must be one ({@code ErrorPagesTests} reads the templates to see to it).
     */
    static boolean secretField(String name) {
        return SECRET.matcher(name).find();
    }

    private static final java.util.regex.Pattern SECRET = java.util.regex.Pattern.compile(
            "(?i)pass|confirm|current|secret|code|token|key|pin|otp|phrase|credential|duress");

    /** A choice's code word (IN_TRANSIT, true) or an id: not something he typed. */
    private static final java.util.regex.Pattern CHOICE = java.util.regex.Pattern.compile(
            "[A-Z0-9_]+|true|false|on|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
}

package org.passage.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether the page answers a form that was sent (POST) rather than an address opened. The language links (EN FR RU)
 * open the page's own address again in another language; a page that answers a form has no address of its own, and
 * following one lost what it showed only once (the intake receipt's passphrase, a new API key, a one-time password or
 * check-in link) or opened an address that only takes a form. The layouts leave the links out of such a page.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinks {

    @ModelAttribute("answersAForm")
    boolean answersAForm(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    }
}

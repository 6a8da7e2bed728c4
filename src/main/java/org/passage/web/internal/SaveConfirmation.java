package org.passage.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.passage.web.Confirms;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Says "Saved — …" after every handler marked {@link Confirms} that succeeded: as a flash attribute across the
 * redirect (post/redirect/get), or in the model of a page rendered straight away. A refused form (status 400 and
 * up), a redirect carrying a {@code notSaved} or {@code error} flash attribute, or an exception confirms nothing.
 * Pages that already say what was done ({@code done}) are left alone.
 */
@Configuration(proxyBeanMethods = false)
class SaveConfirmation implements WebMvcConfigurer, HandlerInterceptor {

    static final String ATTRIBUTE = "saved";
    /** A handler that refused and redirected says why in this flash attribute (a message key); nothing is confirmed. */
    static final String REFUSED = "notSaved";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    /** A page shown again with a field's error is a refusal, whatever status its handler set. */
    private static boolean refusal(ModelAndView view) {
        return java.util.stream.Stream.of("errorField", "errorKey", "errorMessage", "errorText")
                .anyMatch(k -> view.getModel().get(k) != null);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           @Nullable ModelAndView view) {
        if (!(handler instanceof HandlerMethod method) || response.getStatus() >= 400) {
            return;
        }
        Confirms confirms = method.getMethodAnnotation(Confirms.class);
        if (confirms == null) {
            return;
        }
        String name = view == null ? null : view.getViewName();
        if (name != null && name.startsWith("redirect:")) {
            var flash = RequestContextUtils.getOutputFlashMap(request);
            if (!flash.containsKey("done") && !flash.containsKey("error") && !flash.containsKey(REFUSED)) {
                flash.put(ATTRIBUTE, confirms.value());
            }
        } else if (view != null && !view.getModel().containsKey("done") && !refusal(view)) {
            view.addObject(ATTRIBUTE, confirms.value());
        } else if (view == null) {
            // an htmx fragment or a download answered directly: the response carries the confirmation as a header
            response.setHeader("X-Passage-Saved", confirms.value());
        }
    }
}

package org.passage.web.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language: {@code ?lang=en|fr|ru} switches it and a cookie remembers it; without either the browser's
 * preferred language is used if Passage speaks it, else English.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.of("ru"));

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("PASSAGE_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSecure(true);
        resolver.setCookieSameSite("Strict");
        resolver.setRejectInvalidCookies(true);
        resolver.setDefaultLocaleFunction(request -> {
            var preferred = request.getLocales();
            while (preferred.hasMoreElements()) {
                String language = preferred.nextElement().getLanguage();
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(language)) {
                        return supported;
                    }
                }
            }
            return Locale.ENGLISH;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                                     jakarta.servlet.http.HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                String lang = request.getParameter(getParamName());
                // only the languages Passage speaks; anything else is ignored rather than stored in a cookie
                if (lang != null && SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
                    return true;
                }
                return super.preHandle(request, response, handler);
            }
        };
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}

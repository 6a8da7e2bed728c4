package org.passage.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload larger than the server accepts (spring.servlet.multipart.max-request-size, 11 MB) would fail
 * inside the security filters (the CSRF check reads the form) and end on a generic error page. This filter
 * runs first and, without reading the body, sends the browser back (303, a plain GET that changes nothing) to
 * the page it posted from with {@code ?tooLarge}; upload pages show what went wrong in the user's language.
 */
@Configuration(proxyBeanMethods = false)
class OversizedUploads {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> oversizedUploadFilter(
            @Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize limit) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(limit.toBytes()));
        // before Spring Security's filter chain (-100), which would read the oversized body for the CSRF token
        registration.setOrder(-110);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final long limit;

        Filter(long limit) {
            this.limit = limit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            String path = request.getRequestURI();
            if ("POST".equals(request.getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                    && request.getContentLengthLong() > limit && path.startsWith("/") && !path.startsWith("//")) {
                response.setStatus(HttpStatus.SEE_OTHER.value());
                response.setHeader("Location", path + "?tooLarge");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}

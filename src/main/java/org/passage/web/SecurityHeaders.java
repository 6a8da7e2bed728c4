package org.passage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

/**
 * The security headers of every response (Spring Security's defaults plus the project's policies): written by the
 * security module's filter chains, and by whatever answers a request without passing through a chain's header writer
 * (direct API routes, bare error pages, the page shown while the database is away). One list, here in the module every
 * other depends on, so no response can be written with a copy that drifted apart.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), display-capture=(), clipboard-read=(), interest-cohort=()";

    public static final List<HeaderWriter> WRITERS = List.of(new XContentTypeOptionsHeaderWriter(), new XXssProtectionHeaderWriter(),
            new CacheControlHeadersWriter(), new HstsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
            new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
            new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER), new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY),
            sameOriginOpener());

    private SecurityHeaders() {
    }

    private static HeaderWriter sameOriginOpener() {
        var writer = new CrossOriginOpenerPolicyHeaderWriter();
        writer.setPolicy(CrossOriginOpenerPolicy.SAME_ORIGIN);
        return writer;
    }

    public static void write(HttpServletRequest request, HttpServletResponse response) {
        for (HeaderWriter writer : WRITERS) {
            writer.writeHeaders(request, response);
        }
    }
}

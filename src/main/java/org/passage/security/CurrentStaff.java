package org.passage.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.passage.organizations.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The acting staff member of the current request, for every feature: {@code currentStaff.organizationId()}
 * is the tenant to filter by. Only a fully logged-in member (password and second factor) counts; anything
 * else is an {@link AccessDeniedException}, so a forgotten check fails closed.
 */
@Component
public class CurrentStaff {

    public Optional<StaffPrincipal> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof StaffAuthentication staff && staff.isComplete()) {
            return Optional.of(staff.getPrincipal());
        }
        return Optional.empty();
    }

    public StaffPrincipal principal() {
        return find().orElseThrow(() -> new AccessDeniedException("not logged in"));
    }

    public UUID staffId() {
        return principal().staffId();
    }

    /** The organization the member works in; a system admin has none and is denied here. */
    public UUID organizationId() {
        UUID organization = principal().organizationId();
        if (organization == null) {
            throw new AccessDeniedException("a system admin works in no organization");
        }
        return organization;
    }

    public boolean has(Role role) {
        return find().map(p -> p.has(role)).orElse(false);
    }

    /**
     * A stable reference to the current HTTP session: its SHA-256, the same value the audit trail records,
     * because the session id itself is a bearer credential and must never be written anywhere. Empty outside a request.
     */
    public Optional<String> sessionReference() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        var session = attributes.getRequest().getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(session.getId().getBytes(StandardCharsets.UTF_8));
            return Optional.of(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

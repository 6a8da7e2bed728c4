package org.passage.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A login in progress or complete. Roles are granted only at {@link Stage#COMPLETE}, that is after the
 * password and the TOTP code; before that the session holds the single authority {@value #IN_PROGRESS} and
 * can reach nothing but the next login step. Its name is the staff id, which the audit trail records.
 */
public final class StaffAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Every fully logged-in staff member has this authority. */
    public static final String STAFF = "STAFF";
    public static final String IN_PROGRESS = "LOGIN_IN_PROGRESS";
    /**
     * The only authority of a request made with an organization's API key: it reaches the screening API and
     * nothing else (the key is accepted on those paths only, and never creates a session).
     */
    public static final String API_CLIENT = "API_CLIENT";

    /** Where a login stands; each stage but the last names the page that completes it. */
    public enum Stage {
        CHANGE_PASSWORD("/login/password"), ENROL_TOTP("/login/totp/enrol"), ENTER_TOTP("/login/totp"), COMPLETE("/");

        private final String page;

        Stage(String page) {
            this.page = page;
        }

        public String page() {
            return page;
        }
    }

    private final StaffPrincipal principal;
    private final Stage stage;

    public StaffAuthentication(StaffPrincipal principal, Stage stage) {
        super(authorities(principal, stage));
        this.principal = Objects.requireNonNull(principal);
        this.stage = Objects.requireNonNull(stage);
        setAuthenticated(true);
    }

    private StaffAuthentication(StaffPrincipal apiKey) {
        super(List.of(new SimpleGrantedAuthority(API_CLIENT)));
        this.principal = Objects.requireNonNull(apiKey);
        this.stage = Stage.COMPLETE;
        setAuthenticated(true);
    }

    /** A request authenticated by an API key: the principal's staff id is the key's id, its roles are empty. */
    public static StaffAuthentication apiClient(StaffPrincipal apiKey) {
        if (!apiKey.roles().isEmpty() || apiKey.organizationId() == null) {
            throw new IllegalArgumentException("an API key has no roles and belongs to an organization");
        }
        return new StaffAuthentication(apiKey);
    }

    public boolean isApiClient() {
        return getAuthorities().stream().anyMatch(a -> API_CLIENT.equals(a.getAuthority()));
    }

    private static List<GrantedAuthority> authorities(StaffPrincipal principal, Stage stage) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (stage == Stage.COMPLETE) {
            authorities.add(new SimpleGrantedAuthority(STAFF));
            principal.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        } else {
            authorities.add(new SimpleGrantedAuthority(IN_PROGRESS));
        }
        return authorities;
    }

    public StaffAuthentication at(Stage next) {
        return new StaffAuthentication(principal, next);
    }

    public Stage stage() {
        return stage;
    }

    public boolean isComplete() {
        return stage == Stage.COMPLETE;
    }

    @Override
    public StaffPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public String getName() {
        return principal.staffId().toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffAuthentication s && s.principal.equals(principal) && s.stage == stage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(principal, stage);
    }

    @Override
    public String toString() {
        return "StaffAuthentication[" + principal + ", stage=" + stage + "]";
    }
}

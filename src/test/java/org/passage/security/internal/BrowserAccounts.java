package org.passage.security.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.organizations.Role;
import org.springframework.context.annotation.Import;

/**
 * Ready accounts (password chosen, TOTP enrolled) for other features' browser tests, which log in through the
 * real pages: import this class and type {@link Login#username()}, {@link #PASSWORD} and {@link Login#code()}.
 */
@Import(LoginFixtures.class)
public class BrowserAccounts {

    public static final String PASSWORD = LoginFixtures.PASSWORD;

    private final LoginFixtures fixtures;

    BrowserAccounts(LoginFixtures fixtures) {
        this.fixtures = fixtures;
    }

    /** A staff member who can log in; {@link #code()} gives the current TOTP code. */
    public static final class Login {
        private final LoginFixtures.Account account;

        Login(LoginFixtures.Account account) {
            this.account = account;
        }

        public String username() {
            return account.username();
        }

        public UUID id() {
            return account.id();
        }

        public String code() {
            return account.code();
        }
    }

    public UUID organization(String prefix) {
        return fixtures.organization(prefix);
    }

    public Login account(@Nullable UUID organizationId, Role... roles) {
        return new Login(fixtures.account(organizationId, roles));
    }
}

package org.passage.security.internal;

import java.time.Instant;

/** The authenticator-app code of a base32 key at a given time, for the {@code passage totp} command. */
public final class TotpCodes {

    private TotpCodes() {
    }

    public static String current(String base32Key, Instant now) {
        var app = Totp.AUTHENTICATOR_APP;
        return app.code(Base32.decode(base32Key), app.step(now));
    }
}

package org.passage.security;

import java.time.Instant;
import org.passage.security.internal.Base32;
import org.passage.security.internal.Totp;

/** The authenticator-app code of a base32 key at a given time, for trying the demo without a phone ({@code passage totp}). */
public final class TotpCodes {

    private TotpCodes() {
    }

    public static String current(String base32Key, Instant now) {
        var app = Totp.AUTHENTICATOR_APP;
        return app.code(Base32.decode(base32Key), app.step(now));
    }
}

package org.passage.cli.totp;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.passage.security.TotpCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code passage totp KEY}: the current code for a TOTP key, for trying the demo without a phone. It knows
 * nothing but the key it is given (the one the enrolment page shows), so it opens no account by itself.
 */
@Command(name = "totp", mixinStandardHelpOptions = true,
        description = "Print the current 6-digit TOTP code for a base32 key (as shown on the enrolment page).")
public final class TotpCodeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "KEY", description = "the base32 key")
    String key;

    @Override
    public Integer call() {
        try {
            System.out.println(TotpCodes.current(key, Instant.now()));
            return 0;
        } catch (IllegalArgumentException e) {
            // a key mistyped or pasted with another character printed a Java stack trace
            // (the key is a secret: not printed back)
            System.err.println("error: KEY is not a base32 key: a key has only the letters A to Z and the digits 2 to 7,"
                    + " as the enrolment page shows it (spaces and dashes may stay).");
            return 2;
        }
    }
}

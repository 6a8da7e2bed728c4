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
        System.out.println(TotpCodes.current(key, Instant.now()));
        return 0;
    }
}

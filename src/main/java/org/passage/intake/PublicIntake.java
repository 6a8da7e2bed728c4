package org.passage.intake;

import java.util.Map;
import java.util.Optional;
import org.passage.cases.Stage;

/**
 * The public intake for other channels than the web page (the Telegram bot): the same validation, the same
 * rate limits, the same case opening and the same code-and-passphrase answer as {@code /intake}.
 */
public interface PublicIntake {

    /** Field ("name", "contact", "whereabouts", "needs") → message key of what is wrong; empty when it can be sent. */
    Map<String, String> problems(Application application);

    /** Opens the case; the caller has checked {@link #problems} and {@link #allowSubmit}. */
    Receipt submit(Application application);

    /**
     * Holds the application for a coordinator instead of opening a case (over the rate budget: nobody is turned away);
     * the caller has checked {@link #problems}. The receipt looks the same as {@link #submit}'s.
     */
    Receipt hold(Application application);

    /** The stage if code and passphrase match; a wrong code and a wrong passphrase look the same. */
    Optional<Stage> status(String code, String passphrase);

    /** Counts one submission of {@code client} against the intake's limits (per client and overall). */
    boolean allowSubmit(String client);

    /** Counts one status question of {@code client} against the intake's limits (per client and overall). */
    boolean allowStatus(String client);

    /** What a person tells us: how to call him, a safe way to reach him, roughly where he is, what he needs. Redacted. */
    record Application(String name, String contact, String whereabouts, String needs) {
        @Override
        public String toString() {
            return "Application[REDACTED]";
        }
    }

    /** What the person is shown once: the case code and the passphrase. Redacted in logs. */
    record Receipt(String code, String passphrase) {
        @Override
        public String toString() {
            return "Receipt[" + code + ", passphrase REDACTED]";
        }
    }
}

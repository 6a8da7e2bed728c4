package org.passage.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * An API route that answers its plain requests made with an API key straight from the servlet container, without the
 * web framework's dispatch and the security filter chain: the screening API's hot path, where that machinery cost as
 * much CPU as the screening itself. The security feature still does all it does on the ordinary way, explicitly: it
 * authenticates the key (cached, revocation immediate), applies the key's rate limit, writes the same security headers
 * and puts the key's authentication in place while the route answers, so the route audits with the key as the actor.
 *
 * <p>Anything the route does not {@link #prepare} — another method or path, a parameter it does not read exactly as the
 * controller does, a request the controller would refuse — and any request whose key is not good goes the ordinary way
 * through the filter chains and controllers, which answer and refuse it as they always did. So a route only ever
 * answers what the ordinary way would have answered the same, and every refusal keeps one implementation.
 */
public interface DirectApiRoute {

    /** Whether this route may take the request: its method, exact path and query parameters, cheaply, before the body is read. */
    boolean takes(HttpServletRequest request);

    /**
     * Checks the request in full, without side effects; returns how to answer it, or null when it is to go the ordinary
     * way (the controller then refuses it with its problem JSON). Runs before the key's rate limits are counted.
     */
    @Nullable Answer prepare(HttpServletRequest request, byte[] body);

    /** An answer to a checked request. */
    interface Answer {

        /** Answers (and audits) with the key's authentication in place; the security headers are already written. */
        void write(HttpServletResponse response) throws IOException;

        /**
         * What answering spends of the key's {@link ScreeningAllowance}, counted before {@link #write}; when the allowance
         * is spent the request goes the ordinary way, whose controller refuses it (one implementation of the refusal).
         */
        default int units() {
            return 1;
        }
    }
}

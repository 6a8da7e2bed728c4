package org.passage.cases;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The case does not exist, or the reader may not know that it does: both answer 404, so ids can't be probed.
 * (Sealed only while vetting still throws the deprecated {@link CaseRegister.NoSuchCase}; final once it is gone.)
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
@SuppressWarnings("removal")
public sealed class NoSuchCase extends RuntimeException permits CaseRegister.NoSuchCase {

    public NoSuchCase() {
        super("no such case");
    }
}

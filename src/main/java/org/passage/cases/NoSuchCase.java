package org.passage.cases;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The case does not exist, or the reader may not know that it does: both answer 404, so ids can't be probed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public final class NoSuchCase extends RuntimeException {

    public NoSuchCase() {
        super("no such case");
    }
}

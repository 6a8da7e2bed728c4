package org.passage.referrals.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A referral that does not exist or is not the reader's organization's to see: the same 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReferralNotFound extends RuntimeException {

    ReferralNotFound() {
        super("no such referral");
    }
}

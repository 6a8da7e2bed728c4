package org.passage.checkins.internal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The page a one-time link opens, without login and without JavaScript. Whatever phrase is typed, a working
 * link gets the same "received" page: whoever holds the phone cannot tell a duress check-in from a normal one.
 */
@Controller
class CheckInLinkPage {

    static final java.time.Duration ANSWER_NOT_BEFORE = java.time.Duration.ofMillis(300);
    private final CheckInDesk desk;

    CheckInLinkPage(CheckInDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/checkin/{token}")
    String form(@PathVariable String token) {
        if (!desk.linkUsable(token)) {
            throw new LinkGone();
        }
        return "checkins/link";
    }

    @PostMapping("/checkin/{token}")
    String checkIn(@PathVariable String token, @RequestParam(defaultValue = "") String phrase) throws InterruptedException {
        long started = System.nanoTime();
        if (phrase.length() > DuressPhrase.MAX_LENGTH || !desk.recordByLink(token, phrase)) {
            throw new LinkGone();
        }
        // a duress check-in writes one row more; answering no sooner than a fixed time hides that from whoever watches
        long left = ANSWER_NOT_BEFORE.toNanos() - (System.nanoTime() - started);
        if (left > 0) {
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(left);
        }
        return "checkins/received";
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(LinkGone.class)
    @ResponseStatus(HttpStatus.GONE)
    String gone() {
        return "checkins/gone";
    }

    /** The link is unknown, used or expired: the page says so in the same words for all three. */
    static final class LinkGone extends RuntimeException {
        LinkGone() {
            super("link does not work");
        }
    }
}

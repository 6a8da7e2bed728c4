package org.passage.checkins;

import org.passage.cases.CaseId;

/**
 * Recording a check-in from any channel (the one-time link page, the Telegram bot). The answer is the same
 * whether the phrase was the agreed duress phrase or not, and whether the case has a schedule at all: the
 * caller must show the person the same thing in every case, and answer no sooner than a fixed time after the
 * request (the link page waits until 300 ms have passed), so that the extra alert row of a duress check-in does
 * not show in the timing either.
 */
public interface CheckIns {

    /** Records a check-in; {@code phrase} may be empty. A duress phrase silently raises the highest alert. */
    void record(CaseId caseId, Channel channel, String phrase);

    enum Channel { LINK, TELEGRAM }
}

package org.passage.vetting.internal;

import java.util.NoSuchElementException;

/** A period or finding that is not part of the vetting at hand; the desk answers it like a case the reader may not see. */
final class NotInThisVetting extends NoSuchElementException {

    NotInThisVetting(String what) {
        super(what + " is not part of this vetting");
    }
}

package org.passage.checkins.internal;

/**
 * What a staff member did about a missed check-in or a duress signal, written when he acknowledges it: required,
 * one to {@value #MAX_LENGTH} characters, no control characters but line breaks. Personal (it may say where the person
 * is): sealed with the alert, never printed.
 */
final class WhatWasDone {

    static final int MAX_LENGTH = 2000;

    private WhatWasDone() {
    }

    /** The note as stored; {@link Refused} names why not. */
    static String of(String typed) {
        String note = typed == null ? "" : typed.strip().replace("\r\n", "\n");
        if (note.isEmpty()) {
            throw new Refused("checkins.ack.error.empty");
        }
        if (note.length() > MAX_LENGTH || note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new Refused("checkins.ack.error.invalid");
        }
        return note;
    }

    /** The note was missing or not acceptable; the message is the key of the reason. */
    static final class Refused extends IllegalArgumentException {
        Refused(String messageKey) {
            super(messageKey);
        }
    }
}

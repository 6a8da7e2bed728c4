package org.passage.cases;

/**
 * Where a person is on his way to safety. The journey normally runs top to bottom; {@link #LOST_CONTACT}
 * and {@link #DETAINED} can interrupt any stage.
 */
public enum Stage {
    FIRST_CONTACT, HIDING_IN_RUSSIA, CROSSING, IN_THIRD_COUNTRY, VETTING, VISA_APPLIED, VISA_GRANTED,
    IN_TRANSIT, ARRIVED, ASYLUM_FILED, CLOSED, LOST_CONTACT, DETAINED;

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** The message key of the stage's name, e.g. {@code stage.IN_THIRD_COUNTRY}. */
    public String messageKey() {
        return "stage." + name();
    }
}

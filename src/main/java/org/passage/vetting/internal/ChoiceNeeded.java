package org.passage.vetting.internal;

import java.util.List;

/**
 * The unit or the place typed matches several known ones: the form comes back with the candidates to choose
 * from ({@code value} is what the form posts back, {@code label} what the analyst reads).
 */
final class ChoiceNeeded extends RuntimeException {

    public record Option(String value, String label) {
    }

    private final InvalidVettingInput reason;
    private final List<Option> options;

    ChoiceNeeded(InvalidVettingInput reason, List<Option> options) {
        super(reason.getMessage());
        this.reason = reason;
        this.options = List.copyOf(options);
    }

    InvalidVettingInput reason() {
        return reason;
    }

    List<Option> options() {
        return options;
    }
}

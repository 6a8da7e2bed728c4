package org.passage.telegram.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the bot does after one incoming message: the message keys to answer with (the last one may carry the
 * menu), whether to delete the person's message because it carried a secret or personal data, and at most one
 * effect on Passage whose outcome the bot answers itself.
 */
record Turn(List<String> replies, boolean menu, boolean deleteIncoming, @Nullable Effect effect) {

    Turn {
        replies = List.copyOf(replies);
    }

    static Turn say(String key) {
        return new Turn(List.of(key), false, false, null);
    }

    static Turn menu(String key) {
        return new Turn(List.of(key), true, false, null);
    }

    static Turn act(Effect effect) {
        return new Turn(List.of(), false, true, effect);
    }

    Turn deleting() {
        return new Turn(replies, menu, true, effect);
    }

    /** An effect on Passage, carrying what the person typed; redacted in logs. */
    sealed interface Effect {
    }

    record SubmitIntake(String name, String whereabouts, String needs, String contact) implements Effect {
        @Override
        public String toString() {
            return "SubmitIntake[REDACTED]";
        }
    }

    record AskStatus(String code, String passphrase) implements Effect {
        @Override
        public String toString() {
            return "AskStatus[REDACTED]";
        }
    }

    record CheckIn(String phrase) implements Effect {
        @Override
        public String toString() {
            return "CheckIn[REDACTED]";
        }
    }

    record LinkCase(String code) implements Effect {
        @Override
        public String toString() {
            return "LinkCase[REDACTED]";
        }
    }

    record LinkStaff(String code) implements Effect {
        @Override
        public String toString() {
            return "LinkStaff[REDACTED]";
        }
    }
}

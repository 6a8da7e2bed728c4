package org.passage.crypto.internal;

import java.time.Duration;
import org.passage.crypto.KeyRotation;
import org.springframework.test.util.AopTestUtils;

/**
 * For tests of other features that rotate keys: no wait before old keys are retired. The wait (twice the keyset
 * re-check interval) is for other running servers; a test has one, and {@code KeyRotationIntegrationTests} covers it.
 */
public final class RotationSettle {

    private RotationSettle() {
    }

    public static void none(KeyRotation rotation) {
        ((Rekeying) AopTestUtils.getTargetObject(rotation)).settle = Duration.ZERO;
    }
}

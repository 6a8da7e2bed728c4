package org.passage.crypto.internal;

import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PrfConfig;
import java.security.GeneralSecurityException;

/** Registers the Tink primitives Passage uses (AEAD, PRF) once per JVM, before any keyset is parsed. */
final class TinkPrimitives {

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private TinkPrimitives() {
    }

    /** Touching this class runs the registration above. */
    static void registered() {
        // the static initializer did the work
    }
}

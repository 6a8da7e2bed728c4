package org.passage.testing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.springframework.stereotype.Component;

/** TEMPORARY stand-in until org.passage.crypto lands on main: NOT encryption. Delete after the merge. */
@Component
class InterimSealing implements Sealing {

    @Override
    public SealedText seal(UUID organizationId, String plaintext, AssociatedData where) {
        return new SealedText(("X" + plaintext).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String open(UUID organizationId, SealedText sealed, AssociatedData where) {
        return new String(sealed.ciphertext(), StandardCharsets.UTF_8).substring(1);
    }

    @Override
    public byte[] blindIndex(UUID organizationId, String purpose, String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}

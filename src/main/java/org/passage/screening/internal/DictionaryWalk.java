package org.passage.screening.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.morph.TokenInfoFST;
import org.apache.lucene.util.fst.FST;
import org.jspecify.annotations.Nullable;

/**
 * A text looked up in a Lucene morphological dictionary's FST (Kuromoji's for Japanese readings, Nori's for Korean
 * Hanja), character by character, the way their tokenizers walk it; written once for both readers.
 *
 * @param arc    the FST's arc after the last character: final when the text is a word of the dictionary
 * @param output the outputs summed along the way, to which a final arc's own output adds the word's id
 */
record DictionaryWalk(FST.Arc<Long> arc, long output, FST.BytesReader reader) {

    /** The walk along the whole text, or null when no word of the dictionary begins with it. */
    static @Nullable DictionaryWalk along(TokenInfoFST fst, String text) {
        try {
            FST.BytesReader reader = fst.getBytesReader();
            FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
            long output = 0;
            for (int i = 0; i < text.length(); i++) {
                if (fst.findTargetArc(text.charAt(i), arc, arc, i == 0, reader) == null) {
                    return null;
                }
                output += arc.output();
            }
            return new DictionaryWalk(arc, output, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the dictionary's entries for exactly the text, when the walk ends on a word ({@link FST.Arc#isFinal}). */
    int wordId() {
        return (int) (output + arc.nextFinalOutput());
    }
}

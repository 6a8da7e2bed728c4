package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.RandomAccessInput;
import org.junit.jupiter.api.Test;

class SegmentInputTests {

    /** Lucene's own input over the same bytes, which the candidate index used before. */
    private static IndexInput lucenes(byte[] bytes) {
        ByteBuffersDataOutput output = new ByteBuffersDataOutput();
        output.writeBytes(bytes);
        return ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER.apply("f", output);
    }

    @Test
    void everyKindOfReadAnswersAsLucenesInputOverTheSameBytesAtEveryOffset() throws Exception {
        for (int size : new int[] {0, 1, 2, 3, 9, 64, 65, 100, 1000, 4097}) {
            byte[] bytes = new byte[size];
            new Random(size).nextBytes(bytes);
            IndexInput one = lucenes(bytes);
            SegmentInput segment = new SegmentInput("f", bytes);
            assertThat(segment.length()).isEqualTo(size);
            for (int at = 0; at < size; at++) {
                one.seek(at);
                segment.seek(at);
                assertThat(segment.readByte()).isEqualTo(one.readByte());
                assertThat(segment.getFilePointer()).isEqualTo(one.getFilePointer());
                assertThat(segment.readByte(at)).isEqualTo(bytes[at]);
                if (at + Short.BYTES <= size) {
                    one.seek(at);
                    segment.seek(at);
                    assertThat(segment.readShort()).isEqualTo(one.readShort());
                    assertThat(segment.readShort(at)).isEqualTo(((RandomAccessInput) one.randomAccessSlice(0, size)).readShort(at));
                }
                if (at + Integer.BYTES <= size) {
                    one.seek(at);
                    segment.seek(at);
                    assertThat(segment.readInt()).as("int at %d of %d", at, size).isEqualTo(one.readInt());
                    assertThat(segment.readInt(at)).isEqualTo(one.randomAccessSlice(0, size).readInt(at));
                }
                if (at + Long.BYTES <= size) {
                    one.seek(at);
                    segment.seek(at);
                    assertThat(segment.readLong()).as("long at %d of %d", at, size).isEqualTo(one.readLong());
                    assertThat(segment.readLong(at)).isEqualTo(one.randomAccessSlice(0, size).readLong(at));
                }
                if (at + 3 * Long.BYTES <= size) {
                    int[] a = new int[5];
                    int[] b = new int[5];
                    long[] la = new long[4];
                    long[] lb = new long[4];
                    float[] fa = new float[4];
                    float[] fb = new float[4];
                    one.seek(at);
                    segment.seek(at);
                    one.readInts(a, 1, 3);
                    segment.readInts(b, 1, 3);
                    assertThat(b).isEqualTo(a);
                    one.seek(at);
                    segment.seek(at);
                    one.readLongs(la, 1, 3);
                    segment.readLongs(lb, 1, 3);
                    assertThat(lb).isEqualTo(la);
                    one.seek(at);
                    segment.seek(at);
                    one.readFloats(fa, 0, 3);
                    segment.readFloats(fb, 0, 3);
                    assertThat(fb).isEqualTo(fa);
                    assertThat(segment.getFilePointer()).isEqualTo(one.getFilePointer());
                }
                if (at + 10 <= size) { // random bytes: a "variable-length int" may run on for up to ten
                    one.seek(at);
                    segment.seek(at);
                    assertThat(segment.readVInt()).isEqualTo(one.readVInt());
                    assertThat(segment.getFilePointer()).isEqualTo(one.getFilePointer());
                }
            }
        }
    }

    @Test
    void slicesAndClonesReadTheirOwnWindowAndPositionWithoutCopying() throws Exception {
        byte[] bytes = new byte[1000];
        new Random(3).nextBytes(bytes);
        SegmentInput segment = new SegmentInput("f", bytes);
        IndexInput lucene = lucenes(bytes);
        IndexInput slice = segment.slice("s", 100, 50);
        IndexInput theirs = lucene.slice("s", 100, 50);
        assertThat(slice.length()).isEqualTo(50);
        byte[] a = new byte[50];
        byte[] b = new byte[50];
        slice.readBytes(a, 0, 50);
        theirs.readBytes(b, 0, 50);
        assertThat(a).isEqualTo(b);
        assertThatThrownBy(slice::readByte).isInstanceOf(EOFException.class);
        segment.seek(10);
        IndexInput clone = segment.clone();
        assertThat(clone.getFilePointer()).isEqualTo(10);
        clone.readLong();
        assertThat(segment.getFilePointer()).as("a clone moves on its own").isEqualTo(10);
        assertThat(segment.segmentSliceOrNull(100, 50).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE)).isEqualTo(a);
        assertThatThrownBy(() -> segment.seek(1001)).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> segment.slice("past", 990, 20)).isInstanceOf(IllegalArgumentException.class);
        segment.seek(996);
        assertThatThrownBy(segment::readLong).isInstanceOf(EOFException.class);
        assertThat(segment.getFilePointer()).as("a failed read moves nothing").isEqualTo(996);
    }
}

package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IndexInput;
import org.junit.jupiter.api.Test;

class CandidateIndexTests {

    @Test
    void aFileIsSplitIntoAPowerOfTwoBlockAndTheRestWithoutLosingAByte() {
        for (int size = 0; size < 600; size++) {
            byte[] bytes = new byte[size];
            new Random(size).nextBytes(bytes);
            List<ByteBuffer> blocks = CandidateIndex.twoBlocks(ByteBuffer.wrap(bytes));
            ByteBuffer joined = ByteBuffer.allocate(size);
            blocks.forEach(b -> joined.put(b.duplicate()));
            assertThat(joined.array()).isEqualTo(bytes);
            if (size >= 2) {
                assertThat(blocks).hasSize(2);
                assertThat(Integer.bitCount(blocks.get(0).capacity())).isEqualTo(1);
                assertThat(blocks.get(1).capacity()).isBetween(1, blocks.get(0).capacity());
            }
        }
    }

    @Test
    void theTwoBlocksReadAsTheOneBufferDoesAtEveryOffsetAcrossTheirBorder() throws Exception {
        for (int size : new int[] {2, 3, 9, 64, 65, 100, 1000, 4097}) {
            ByteBuffersDataOutput output = new ByteBuffersDataOutput();
            byte[] bytes = new byte[size];
            new Random(size).nextBytes(bytes);
            output.writeBytes(bytes);
            IndexInput two = CandidateIndex.inTwoBlocks("f", output);
            IndexInput one = ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER.apply("f", output);
            assertThat(two.length()).isEqualTo(size);
            for (int at = 0; at < size; at++) {
                one.seek(at);
                two.seek(at);
                assertThat(two.readByte()).isEqualTo(one.readByte());
                if (at + Integer.BYTES <= size) {
                    one.seek(at);
                    two.seek(at);
                    assertThat(two.readInt()).as("int at %d of %d", at, size).isEqualTo(one.readInt());
                }
                if (at + Long.BYTES <= size) {
                    one.seek(at);
                    two.seek(at);
                    assertThat(two.readLong()).as("long at %d of %d", at, size).isEqualTo(one.readLong());
                }
                if (at + 3 * Integer.BYTES <= size) {
                    int[] a = new int[3];
                    int[] b = new int[3];
                    one.seek(at);
                    two.seek(at);
                    one.readInts(a, 0, 3);
                    two.readInts(b, 0, 3);
                    assertThat(b).isEqualTo(a);
                }
            }
            IndexInput clone = two.clone();
            clone.seek(size - 1);
            assertThat(clone.readByte()).isEqualTo(bytes[size - 1]);
        }
    }
}

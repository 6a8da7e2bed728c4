package org.passage.screening.internal;

import java.io.EOFException;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.MemorySegmentAccessInput;

/**
 * A finished file of the candidate index read through one {@link MemorySegment} over its bytes on the heap, as Lucene
 * reads a memory-mapped file: each int and long in one access, bulk reads of postings as one copy, slices and clones
 * that copy nothing, and (through {@link MemorySegmentAccessInput}) the vectorised postings decoding Lucene keeps for
 * memory-mapped files. Lucene's own memory-segment input is not public, and its input over byte buffers was a tenth of
 * a query's time at 1M names (every read through its block list, every clone and slice copying that list). The same
 * bytes, so the same scores and answers. Read-only; like every Lucene input, one instance per thread.
 */
final class SegmentInput extends IndexInput implements MemorySegmentAccessInput {

    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final MemorySegment segment;
    private long position;

    SegmentInput(String description, byte[] bytes) {
        this(description, MemorySegment.ofArray(bytes));
    }

    private SegmentInput(String description, MemorySegment segment) {
        super(description);
        this.segment = segment;
    }

    @Override
    public byte readByte() throws IOException {
        try {
            byte b = segment.get(ValueLayout.JAVA_BYTE, position);
            position++;
            return b;
        } catch (IndexOutOfBoundsException e) {
            throw pastEnd(e);
        }
    }

    @Override
    public void readBytes(byte[] b, int offset, int len) throws IOException {
        try {
            MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, position, b, offset, len);
            position += len;
        } catch (IndexOutOfBoundsException e) {
            throw pastEnd(e);
        }
    }

    @Override
    public short readShort() throws IOException {
        try {
            short v = segment.get(SHORT, position);
            position += Short.BYTES;
            return v;
        } catch (IndexOutOfBoundsException e) {
            throw pastEnd(e);
        }
    }

    @Override
    public int readInt() throws IOException {
        try {
            int v = segment.get(INT, position);
            position += Integer.BYTES;
            return v;
        } catch (IndexOutOfBoundsException e) {
            throw pastEnd(e);
        }
    }

    @Override
    public long readLong() throws IOException {
        try {
            long v = segment.get(LONG, position);
            position += Long.BYTES;
            return v;
        } catch (IndexOutOfBoundsException e) {
            throw pastEnd(e);
        }
    }

    @Override
    public void readInts(int[] dst, int offset, int length) throws IOException {
        try {
            MemorySegment.copy(segment, INT, position, dst, offset, length);
            position += (long) length * Integer.BYTES;
        } catch (IndexOutOfBoundsException e) {
            throw pastEnd(e);
        }
    }

    @Override
    public void readLongs(long[] dst, int offset, int length) throws IOException {
        try {
            MemorySegment.copy(segment, LONG, position, dst, offset, length);
            position += (long) length * Long.BYTES;
        } catch (IndexOutOfBoundsException e) {
            throw pastEnd(e);
        }
    }

    @Override
    public void readFloats(float[] dst, int offset, int length) throws IOException {
        try {
            MemorySegment.copy(segment, FLOAT, position, dst, offset, length);
            position += (long) length * Float.BYTES;
        } catch (IndexOutOfBoundsException e) {
            throw pastEnd(e);
        }
    }

    @Override
    public byte readByte(long pos) throws IOException {
        try {
            return segment.get(ValueLayout.JAVA_BYTE, pos);
        } catch (IndexOutOfBoundsException e) {
            throw pastEnd(e);
        }
    }

    @Override
    public void readBytes(long pos, byte[] bytes, int offset, int length) throws IOException {
        try {
            MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, pos, bytes, offset, length);
        } catch (IndexOutOfBoundsException e) {
            throw pastEnd(e);
        }
    }

    @Override
    public short readShort(long pos) throws IOException {
        try {
            return segment.get(SHORT, pos);
        } catch (IndexOutOfBoundsException e) {
            throw pastEnd(e);
        }
    }

    @Override
    public int readInt(long pos) throws IOException {
        try {
            return segment.get(INT, pos);
        } catch (IndexOutOfBoundsException e) {
            throw pastEnd(e);
        }
    }

    @Override
    public long readLong(long pos) throws IOException {
        try {
            return segment.get(LONG, pos);
        } catch (IndexOutOfBoundsException e) {
            throw pastEnd(e);
        }
    }

    @Override
    public MemorySegment segmentSliceOrNull(long pos, long len) throws IOException {
        if (pos < 0 || len < 0 || pos + len > segment.byteSize()) {
            throw new EOFException("slice of " + len + " bytes at " + pos + " is out of bounds: " + this);
        }
        return segment.asSlice(pos, len);
    }

    @Override
    public long getFilePointer() {
        return position;
    }

    @Override
    public void seek(long pos) throws IOException {
        if (pos < 0 || pos > segment.byteSize()) {
            throw new EOFException("seek to " + pos + " past the end: " + this);
        }
        position = pos;
    }

    @Override
    public void skipBytes(long numBytes) throws IOException {
        seek(position + numBytes);
    }

    @Override
    public long length() {
        return segment.byteSize();
    }

    @Override
    public SegmentInput slice(String sliceDescription, long offset, long length) throws IOException {
        if (offset < 0 || length < 0 || offset + length > segment.byteSize()) {
            throw new IllegalArgumentException("slice() " + sliceDescription + " out of bounds: offset=" + offset + ", length=" + length + ": " + this);
        }
        return new SegmentInput(getFullSliceDescription(sliceDescription), segment.asSlice(offset, length));
    }

    @Override
    public SegmentInput clone() {
        SegmentInput clone = new SegmentInput(toString(), segment);
        clone.position = position;
        return clone;
    }

    @Override
    public void close() {
        // the bytes are on the heap: nothing to release
    }

    private EOFException pastEnd(IndexOutOfBoundsException cause) {
        EOFException e = new EOFException("read past the end of " + this);
        e.initCause(cause);
        return e;
    }
}

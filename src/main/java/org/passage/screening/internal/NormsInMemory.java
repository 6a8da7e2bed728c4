package org.passage.screening.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * The candidate index's reader with every field's norms (BM25's field lengths) read once into a byte per document.
 * Most name fields are sparse (only some entries have a one-deletion form, a plain surname spelling, a birth date),
 * and Lucene's sparse norms are a search in a compressed bit set per look-up: at 1M names that was a third of a
 * query's time. The values are the index's own, so every score, and every answer, is the same.
 */
final class NormsInMemory extends FilterDirectoryReader {

    NormsInMemory(DirectoryReader in) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                try {
                    return new Leaf(reader);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new NormsInMemory(in);
    }

    @Override
    public @Nullable CacheHelper getReaderCacheHelper() {
        return in.getReaderCacheHelper();
    }

    /** One segment's norms, field by field; a field whose norms do not fit a byte is left to Lucene. */
    private static final class Leaf extends FilterLeafReader {

        private final Map<String, Norms> norms = new HashMap<>();

        Leaf(LeafReader in) throws IOException {
            super(in);
            for (FieldInfo field : in.getFieldInfos()) {
                if (field.hasNorms()) {
                    Norms read = Norms.read(in.getNormValues(field.name), in.maxDoc());
                    if (read != null) {
                        norms.put(field.name, read);
                    }
                }
            }
        }

        @Override
        public @Nullable NumericDocValues getNormValues(String field) throws IOException {
            Norms n = norms.get(field);
            return n == null ? in.getNormValues(field) : n.iterator();
        }

        @Override
        public @Nullable CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public @Nullable CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }

    private record Norms(byte[] values, FixedBitSet present, int count) {

        static @Nullable Norms read(@Nullable NumericDocValues source, int maxDoc) throws IOException {
            if (source == null) {
                return null;
            }
            byte[] values = new byte[maxDoc];
            FixedBitSet present = new FixedBitSet(Math.max(1, maxDoc));
            int count = 0;
            for (int doc = source.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = source.nextDoc()) {
                long value = source.longValue();
                if (value != (byte) value) {
                    return null;
                }
                values[doc] = (byte) value;
                present.set(doc);
                count++;
            }
            return new Norms(values, present, count);
        }

        NumericDocValues iterator() {
            return new NumericDocValues() {
                private int doc = -1;

                @Override
                public long longValue() {
                    return values[doc];
                }

                @Override
                public void longValues(int size, int[] docs, long[] out, long defaultValue) {
                    for (int i = 0; i < size; i++) {
                        int d = docs[i];
                        byte value = values[d];
                        // a document with the field has a length of one or more: the bit set is read only for a 0
                        out[i] = value != 0 || present.get(d) ? value : defaultValue;
                    }
                }

                @Override
                public boolean advanceExact(int target) {
                    doc = target;
                    return values[target] != 0 || present.get(target);
                }

                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return advance(doc + 1);
                }

                @Override
                public int advance(int target) {
                    doc = target >= values.length ? NO_MORE_DOCS : present.nextSetBit(target);
                    return doc;
                }

                @Override
                public long cost() {
                    return count;
                }
            };
        }
    }
}

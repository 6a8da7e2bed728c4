package org.passage.screening.internal;

/**
 * What the screening of one query has worked out, kept while it meets its fifty candidates. How two words compared:
 * a listed person's aliases repeat the same words (Muhammad, Ali, al), and so do the query's own readings, so the
 * same pair of words is met again and again. Each answer is a pure function of the two words (tokens are interned,
 * so they are told apart by identity) and of what both names are written as ({@link #key}): remembering it changes
 * no score. Bounded (a query that meets more pairs than {@link #KEPT} compares the rest afresh). And the query's
 * adjacent words put together ({@link #windows}), which {@link WordBreaks} compares with each candidate's words.
 * For one query on one thread.
 */
final class QueryMemory {

    private static final int CAPACITY = 1024; // a power of two
    private static final int KEPT = CAPACITY * 3 / 4;

    private final NameToken[] left = new NameToken[CAPACITY];
    private final NameToken[] right = new NameToken[CAPACITY];
    private final byte[] keys = new byte[CAPACITY];
    private final TokenMatch.Result[] results = new TokenMatch.Result[CAPACITY];
    private int size;

    /** What a comparison of two words depends on besides the words: what the two names are written as, and their roles. */
    static byte key(boolean arabic, boolean korean, boolean organizations, boolean bothOther) {
        return (byte) ((arabic ? 1 : 0) | (korean ? 2 : 0) | (organizations ? 4 : 0) | (bothOther ? 8 : 0));
    }

    /** The remembered answer for these words under {@code key}, or null. */
    TokenMatch.@org.jspecify.annotations.Nullable Result get(NameToken a, NameToken b, byte key) {
        int mask = CAPACITY - 1;
        for (int i = slot(a, b, key); left[i] != null; i = (i + 1) & mask) {
            if (left[i] == a && right[i] == b && keys[i] == key) {
                return results[i];
            }
        }
        return null;
    }

    void put(NameToken a, NameToken b, byte key, TokenMatch.Result result) {
        if (size >= KEPT) {
            return;
        }
        int mask = CAPACITY - 1;
        int i = slot(a, b, key);
        while (left[i] != null) {
            if (left[i] == a && right[i] == b && keys[i] == key) {
                return;
            }
            i = (i + 1) & mask;
        }
        left[i] = a;
        right[i] = b;
        keys[i] = key;
        results[i] = result;
        size++;
    }

    private static int slot(NameToken a, NameToken b, byte key) {
        int h = (System.identityHashCode(a) * 31 + System.identityHashCode(b)) * 31 + key;
        h *= 0x9E3779B9;
        return h >>> (32 - Integer.numberOfTrailingZeros(CAPACITY));
    }

    private final java.util.IdentityHashMap<NameToken[], Object[]> windows = new java.util.IdentityHashMap<>();

    /**
     * The slots for the runs of adjacent words of a name (by its words, told apart by identity), made empty the first
     * time that name is asked for and filled by {@link WordBreaks}.
     */
    Object[] windows(NameToken[] tokens, int slots) {
        Object[] known = windows.get(tokens);
        if (known == null) {
            known = new Object[slots];
            windows.put(tokens, known);
        }
        return known;
    }

    @Override
    public String toString() {
        return "QueryMemory[" + size + " pairs]";
    }
}

package org.passage.screening.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A list made when it is first read: the explanation of a hit (which parts of the names matched, and how, in words)
 * is shown for the few hits a page or an answer returns, while a query scores fifty candidates. Reads as the list
 * the supplier gives, which must give equal lists each time it is asked (two threads reading at once may both ask).
 */
public final class ListOnDemand<T> extends AbstractList<T> implements RandomAccess {

    /** Let go once the list is made, so that a hit kept for long keeps only its explanation, not what it was made from. */
    private volatile @org.jspecify.annotations.Nullable Supplier<List<T>> make;
    private volatile @org.jspecify.annotations.Nullable List<T> made;

    public ListOnDemand(Supplier<List<T>> make) {
        this.make = make;
    }

    private List<T> list() {
        List<T> list = made;
        if (list == null) {
            Supplier<List<T>> from = make;
            if (from == null) {
                // another thread made it and let its supplier go, in that order
                return java.util.Objects.requireNonNull(made);
            }
            list = List.copyOf(from.get());
            made = list;
            make = null;
        }
        return list;
    }

    @Override
    public T get(int index) {
        return list().get(index);
    }

    @Override
    public int size() {
        return list().size();
    }
}

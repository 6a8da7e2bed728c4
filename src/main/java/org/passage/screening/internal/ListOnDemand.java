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

    private final Supplier<List<T>> make;
    private volatile @org.jspecify.annotations.Nullable List<T> made;

    public ListOnDemand(Supplier<List<T>> make) {
        this.make = make;
    }

    private List<T> list() {
        List<T> list = made;
        if (list == null) {
            list = List.copyOf(make.get());
            made = list;
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

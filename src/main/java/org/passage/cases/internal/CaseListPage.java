package org.passage.cases.internal;

import java.util.List;
import org.passage.cases.CaseRef;

/** One page of the case list: its tickets, which page of how many, and how many cases there are in all. */
record CaseListPage(List<CaseRef> tickets, int number, int pages, int total) {

    static CaseListPage of(List<CaseRef> all, int number, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int shown = Math.min(Math.max(1, number), pages);
        int from = (shown - 1) * size;
        return new CaseListPage(all.subList(Math.min(from, all.size()), Math.min(from + size, all.size())), shown, pages, all.size());
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }
}

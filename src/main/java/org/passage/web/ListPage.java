package org.passage.web;

import java.util.List;

/**
 * One page of a long list (the case list, the leads queue): its items, which page of how many, and how many items there
 * are in all. What {@code fragments/pager} reads (public: the page's SpEL sees public members only).
 *
 * @param items  the items of this page
 * @param number the page shown, from 1
 * @param pages  how many pages there are, at least 1
 * @param total  how many items in all
 */
public record ListPage<T>(List<T> items, int number, int pages, int total) {

    /**
     * The page asked for of {@code all}, {@code size} a page; a page before the first is the first, and one past the end
     * (its last item decided or gone since) is the last.
     */
    public static <T> ListPage<T> of(List<T> all, int asked, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int shown = Math.clamp(asked, 1, pages);
        int from = (shown - 1) * size;
        return new ListPage<>(all.subList(Math.min(from, all.size()), Math.min(from + size, all.size())), shown, pages, all.size());
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }
}

package org.passage.geo.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.locationtech.jts.geom.Envelope;

/**
 * Remembers, per cell of a lon/lat grid, what a costly test said about the whole cell, so that points deep inside
 * a large polygon (most of Russia) skip the point-in-polygon test. Bounded: past {@code maxCells} it stops
 * remembering and just computes.
 */
final class CellCache<T> {

    private final double size;
    private final int maxCells;
    private final ConcurrentHashMap<Long, T> cells = new ConcurrentHashMap<>();

    CellCache(double size, int maxCells) {
        this.size = size;
        this.maxCells = maxCells;
    }

    T cell(double x, double y, Function<Envelope, T> classify) {
        long ix = (long) Math.floor(x / size);
        long iy = (long) Math.floor(y / size);
        Long key = (ix << 32) ^ (iy & 0xffffffffL);
        T known = cells.get(key);
        if (known != null) {
            return known;
        }
        T computed = classify.apply(new Envelope(ix * size, (ix + 1) * size, iy * size, (iy + 1) * size));
        if (cells.size() < maxCells) {
            cells.putIfAbsent(key, computed);
        }
        return computed;
    }
}

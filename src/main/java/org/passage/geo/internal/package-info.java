/**
 * How the geo engine works: readers for GeoJSON, TopoJSON and GeoNames files that name the feature or line at
 * fault, country and oblast polygons in STR-tree indexes, the occupied-territory snapshots loaded lazily and
 * prepared for point-in-polygon tests, and the Spring wiring. Nothing here is used outside the geo module.
 */
@NullMarked
package org.passage.geo.internal;

import org.jspecify.annotations.NullMarked;

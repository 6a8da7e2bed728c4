package org.passage.geo;

/** Whether a point was inside the occupied area for all, part or none of the snapshots of a period. */
public enum Occupation {
    ALL,
    PART,
    NONE,
    /** The point is not in Ukraine, or no occupied-territory series was loaded: nothing was checked. */
    NOT_CHECKED
}

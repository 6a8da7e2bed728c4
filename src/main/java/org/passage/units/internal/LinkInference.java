package org.passage.units.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.passage.units.UnitIncidentView.Confidence;

/**
 * Infers unit ↔ incident links by space and time: a unit placed within {@value #POSSIBLE_KM} km of an incident
 * no more than {@value #POSSIBLE_DAYS} days before or after it is POSSIBLY linked; within {@value #PROBABLE_KM}
 * km and {@value #PROBABLE_DAYS} days, PROBABLY. Never CONFIRMED: only an analyst confirms. The positions go
 * into an STRtree, so each incident looks only at the positions near it.
 */
final class LinkInference {

    static final double PROBABLE_KM = 5;
    static final int PROBABLE_DAYS = 3;
    static final double POSSIBLE_KM = 15;
    static final int POSSIBLE_DAYS = 7;
    private static final double EARTH_KM = 6371.0088;

    record Position(UUID unitId, String unitName, LocalDate date, double latitude, double longitude, String source) {
    }

    record Place(UUID incidentId, LocalDate from, LocalDate to, double latitude, double longitude) {
    }

    record Link(UUID unitId, UUID incidentId, Confidence confidence, double distanceKm, String basis) {
    }

    private final STRtree index = new STRtree();

    LinkInference(List<Position> positions) {
        for (Position p : positions) {
            index.insert(new Envelope(p.longitude(), p.longitude(), p.latitude(), p.latitude()), p);
        }
        index.build();
    }

    /** The best link per unit for one incident (nearest, then closest in time). */
    List<Link> linksFor(Place incident) {
        double dLat = POSSIBLE_KM / 111.0;
        double dLon = POSSIBLE_KM / (111.0 * Math.max(0.1, Math.cos(Math.toRadians(incident.latitude()))));
        Envelope around = new Envelope(incident.longitude() - dLon, incident.longitude() + dLon, incident.latitude() - dLat,
                incident.latitude() + dLat);
        Map<UUID, Link> best = new HashMap<>();
        Map<UUID, Double> bestRank = new HashMap<>();
        for (Object hit : index.query(around)) {
            Position p = (Position) hit;
            long days = daysApart(p.date(), incident.from(), incident.to());
            if (days > POSSIBLE_DAYS) {
                continue;
            }
            double km = kilometres(p.latitude(), p.longitude(), incident.latitude(), incident.longitude());
            if (km > POSSIBLE_KM) {
                continue;
            }
            double rank = km + days;
            if (bestRank.getOrDefault(p.unitId(), Double.MAX_VALUE) <= rank) {
                continue;
            }
            Confidence confidence = km <= PROBABLE_KM && days <= PROBABLE_DAYS ? Confidence.PROBABLE : Confidence.POSSIBLE;
            bestRank.put(p.unitId(), rank);
            best.put(p.unitId(), new Link(p.unitId(), incident.incidentId(), confidence, km, basis(p, km, incident)));
        }
        return new ArrayList<>(best.values());
    }

    static String basis(Position p, double km, Place incident) {
        long signed = p.date().isBefore(incident.from()) ? -ChronoUnit.DAYS.between(p.date(), incident.from())
                : p.date().isAfter(incident.to()) ? ChronoUnit.DAYS.between(incident.to(), p.date()) : 0;
        String when = signed == 0 ? "during the incident" : Math.abs(signed) + (Math.abs(signed) == 1 ? " day " : " days ")
                + (signed < 0 ? "before" : "after");
        return String.format(Locale.ROOT, "Inferred: %s placed %s at %.4f N %.4f E on %s, %.1f km from the incident, %s (%s). "
                        + "Rule: ≤ %.0f km and ≤ %d days → PROBABLE, ≤ %.0f km and ≤ %d days → POSSIBLE.",
                p.source().split(":", 2)[0], p.unitName(), p.latitude(), p.longitude(), p.date(),
                km, when, p.source(), PROBABLE_KM, PROBABLE_DAYS, POSSIBLE_KM, POSSIBLE_DAYS);
    }

    static long daysApart(LocalDate date, LocalDate from, LocalDate to) {
        if (date.isBefore(from)) {
            return ChronoUnit.DAYS.between(date, from);
        }
        return date.isAfter(to) ? ChronoUnit.DAYS.between(to, date) : 0;
    }

    /** Great-circle distance (haversine). */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}

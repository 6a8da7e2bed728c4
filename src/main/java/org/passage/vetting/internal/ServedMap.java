package org.passage.vetting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.passage.geo.DatePeriod;
import org.passage.geo.Territory;
import org.passage.vetting.VettingMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The vetting map of a case as SVG, for the page and the dossier: borders and the occupied area on the chosen
 * day, every service place as a marker (those in force that day stand out). The read is audited.
 */
@Service
class ServedMap implements VettingMap {

    private final Cases cases;
    private final VettingFiles files;
    private final Territory territory;
    private final MessageSource messages;

    ServedMap(Cases cases, VettingFiles files, Territory territory, MessageSource messages) {
        this.cases = cases;
        this.files = files;
        this.territory = territory;
        this.messages = messages;
    }

    @Override
    public String svg(CaseId caseId) {
        return svg(caseId, null);
    }

    @Override
    public String svg(CaseId caseId, @Nullable LocalDate date) {
        VettingFile file = files.of(cases.read(caseId, "vetting.map"), false);
        return draw(file, date, Locale.ENGLISH);
    }

    /** Draws the map of a file already read (the page), its caption in the reader's language. */
    String draw(VettingFile file, @Nullable LocalDate date, Locale locale) {
        LocalDate day = dayOf(file, date);
        List<MapDrawing.Marker> markers = file.periods().stream().filter(p -> p.coordinates() != null)
                .map(p -> new MapDrawing.Marker(p.claim().placeName() + " " + p.dates().earliest() + ".." + p.dates().latest(),
                        p.coordinates(), file.territoryOf(p), !day.isBefore(p.dates().earliest()) && !day.isAfter(p.dates().latest())))
                .toList();
        String sources = String.join("; ", sourcesNote());
        String caption = messages.getMessage("vetting.map.caption", new Object[] {day.toString(), sources},
                "Borders and occupied area on " + day + " — " + sources, locale);
        return MapDrawing.around(markers).draw(territory.mapLayers(day), markers, day, caption);
    }

    /** The day asked for, else the first day of the earliest period, kept inside what the data covers. */
    LocalDate dayOf(VettingFile file, @Nullable LocalDate date) {
        DatePeriod coverage = territory.coverage();
        LocalDate day = date != null ? date
                : file.periods().stream().map(p -> p.dates().earliest()).min(LocalDate::compareTo).orElse(coverage.to());
        if (day.isBefore(coverage.from())) {
            return coverage.from();
        }
        return day.isAfter(coverage.to()) ? coverage.to() : day;
    }

    private List<String> sourcesNote() {
        List<String> sources = territory.sources();
        return sources.size() > 3 ? sources.subList(0, 3) : sources;
    }
}

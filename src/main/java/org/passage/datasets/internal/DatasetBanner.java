package org.passage.datasets.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.passage.datasets.DatasetState;
import org.passage.datasets.DatasetStates;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The banner of every staff page whose answers rest on datasets: which of them are missing or stale, and the
 * command that loads them. Which page rests on which datasets is declared here, in one table; the start page
 * names every missing dataset. htmx fragments and other pages pay nothing.
 */
@ControllerAdvice
class DatasetBanner {

    private static final Set<String> TERRITORY_AND_UNITS = Set.of("occupied-territory-deepstate", "occupied-territory-nzz",
            "occupied-territory-ordlo", "gazetteer", "units-uawardata", "unit-positions-deepstate", "incidents-bellingcat",
            "incidents-cir");
    private static final Set<String> SANCTIONS = Set.of("ofac-sdn", "un-sc-consolidated", "uk-sanctions", "eu-fsf", "opensanctions-ftm");
    private static final Set<String> UNITS = Set.of("units-uawardata", "unit-positions-deepstate", "installations-rumiloc",
            "incidents-bellingcat", "incidents-cir");

    /** Page → the datasets its answers rest on; an empty set: every dataset (the start page). */
    static final Map<Pattern, Set<String>> PAGES = Map.of(
            Pattern.compile("/"), Set.of(),
            Pattern.compile("/cases/[^/]+/vetting"), TERRITORY_AND_UNITS,
            Pattern.compile("/cases/[^/]+/screening"), SANCTIONS,
            Pattern.compile("/screening(/alerts)?"), SANCTIONS,
            Pattern.compile("/units(/[^/]+)?"), UNITS);

    /**
     * Pages whose answer is the page a form returns: the ad-hoc screening's results answer its form, and "nothing
     * resembles this name" there must say which lists were not checked, as the case's screening page does.
     */
    private static final Pattern ANSWERED_BY_A_FORM = Pattern.compile("/screening");

    private final DatasetStates states;

    DatasetBanner(DatasetStates states) {
        this.states = states;
    }

    @ModelAttribute("datasetGaps")
    List<DatasetState> gaps(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!("GET".equals(request.getMethod()) || ANSWERED_BY_A_FORM.matcher(path).matches()) || request.getHeader("HX-Request") != null) {
            return List.of();
        }
        for (var page : PAGES.entrySet()) {
            if (page.getKey().matcher(path).matches()) {
                Set<String> needed = page.getValue();
                return needed.isEmpty() ? states.all().stream().filter(DatasetState::missing).toList() : states.wanting(needed);
            }
        }
        return List.of();
    }
}

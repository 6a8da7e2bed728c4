package org.passage.units.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passage.units.UnitDirectory;
import org.passage.units.UnitIncidentView;
import org.passage.units.UnitMatch;
import org.passage.units.UnitPosition;
import org.passage.units.UnitView;
import org.springframework.stereotype.Service;

/** First cut of the directory so that consumers can wire it; storage follows. */
@Service
class JdbcUnitDirectory implements UnitDirectory {

    @Override
    public List<UnitMatch> resolve(String text, int limit) {
        return List.of();
    }

    @Override
    public Optional<UnitView> unit(UUID unitId) {
        return Optional.empty();
    }

    @Override
    public List<UnitIncidentView> incidentsDuring(UUID unitId, LocalDate from, LocalDate to) {
        return List.of();
    }

    @Override
    public List<UnitPosition> positionsDuring(UUID unitId, LocalDate from, LocalDate to) {
        return List.of();
    }
}

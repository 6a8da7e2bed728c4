package org.passage.dossier.internal;

import org.passage.cases.spi.CasePanel;
import org.passage.cases.CaseRef;
import org.passage.security.CurrentStaff;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/** The dossier section of the case page: the export form and the past exports, for those who may export. */
@Component
class DossierPanel implements CasePanel {

    private final DossierExports exports;
    private final CurrentStaff staff;

    DossierPanel(DossierExports exports, CurrentStaff staff) {
        this.exports = exports;
        this.staff = staff;
    }

    /** What the fragment shows; {@code profiles} are those the reader may choose. */
    public record Data(CaseRef ref, boolean mayExport, List<RedactionProfile> profiles, List<DossierLanguage> languages,
                       List<ExportLog.Entry> exports, String keyFingerprint) {
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String template() {
        return "dossier/panel";
    }

    @Override
    public Object data(CaseRef ref) {
        var roles = staff.principal().roles();
        var allowed = ExportPolicy.profilesFor(roles);
        List<RedactionProfile> profiles = Arrays.stream(RedactionProfile.values()).filter(allowed::contains).toList().reversed();
        if (allowed.isEmpty()) {
            return new Data(ref, false, List.of(), List.of(), List.of(), "");
        }
        return new Data(ref, true, profiles, List.of(DossierLanguage.values()), exports.exports(ref), exports.publicKey().fingerprint());
    }
}

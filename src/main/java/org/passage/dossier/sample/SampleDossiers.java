package org.passage.dossier.sample;

import org.jspecify.annotations.Nullable;
import org.passage.dossier.internal.DossierLanguage;
import org.passage.dossier.internal.DossierRenderer;
import org.passage.dossier.internal.Redaction;
import org.passage.dossier.internal.RedactionProfile;
import org.passage.dossier.internal.SampleDossier;

/**
 * Renders the typical invented dossier (an AUTHORITY export in French) through the same redaction and PDF/A
 * renderer as a real export. One instance keeps the renderer warm (templates, fonts), as the application does.
 */
public final class SampleDossiers {

    private final DossierRenderer renderer = new DossierRenderer();

    /** The redacted, rendered PDF; {@code mapLayers} is the GeoJSON of the map (borders, occupied area) or null for none. */
    public byte[] typicalPdf(@Nullable String mapLayers) {
        return renderer.pdf(Redaction.apply(RedactionProfile.AUTHORITY,
                SampleDossier.typical(RedactionProfile.AUTHORITY, DossierLanguage.FR, mapLayers)));
    }
}

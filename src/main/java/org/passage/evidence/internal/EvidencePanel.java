package org.passage.evidence.internal;

import java.util.List;
import org.passage.cases.spi.CasePanel;
import org.passage.cases.CaseRef;
import org.passage.evidence.EvidenceItem;
import org.springframework.stereotype.Component;

/** The evidence of a case on the case page: label, kind, short hash, who captured it and when, archived or not. */
@Component
class EvidencePanel implements CasePanel {

    private final SealedEvidenceLocker locker;
    private final StaffNames names;
    private final CaptureRight captureRight;

    EvidencePanel(SealedEvidenceLocker locker, StaffNames names, CaptureRight captureRight) {
        this.locker = locker;
        this.names = names;
        this.captureRight = captureRight;
    }

    /** What the fragment shows. */
    public record Data(CaseRef ref, List<EvidenceItem> items, StaffNames.Lookup names, boolean mayCapture) {
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "evidence/panel";
    }

    @Override
    public Object data(CaseRef ref) {
        return new Data(ref, locker.ofCase(ref), names.of(ref.organizationId()), captureRight.offeredOn(ref));
    }
}

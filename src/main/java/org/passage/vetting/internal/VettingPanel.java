package org.passage.vetting.internal;

import org.passage.cases.spi.CasePanel;
import org.passage.cases.CaseRef;
import org.springframework.stereotype.Component;

/** The vetting on the case page: counts of findings by severity, the decision's state and a link to the vetting page. */
@Component
class VettingPanel implements CasePanel {

    private final VettingFiles files;

    VettingPanel(VettingFiles files) {
        this.files = files;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "vetting/panel";
    }

    @Override
    public Object data(CaseRef ref) {
        return files.of(ref, false);
    }
}

package org.passage.vetting.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.cases.CaseId;
import org.passage.vetting.VettingWork;
import org.springframework.stereotype.Service;

/** {@link VettingWork} through the very desk the vetting page's forms call. */
@Service
class PageWork implements VettingWork {

    private final VettingDesk desk;
    private final VettingFiles files;
    private final FindingWords words;

    PageWork(VettingDesk desk, VettingFiles files, FindingWords words) {
        this.desk = desk;
        this.files = files;
        this.words = words;
    }

    @Override
    public Answer recordPeriod(CaseId caseId, Map<String, String> f) {
        var form = new PeriodForm(f.get("unit"), f.get("unitChoice"), f.get("role"), f.get("place"), f.get("placeChoice"), f.get("latitude"),
                f.get("longitude"), f.get("from"), f.get("to"), f.getOrDefault("sourceKind", "STATEMENT"), f.get("sourceDescription"),
                f.get("identifiesSomeone"), f.get("overlapNote"));
        try {
            desk.savePeriod(caseId, null, form);
            return new Answer(true, null, null, List.of());
        } catch (ChoiceNeeded e) {
            return new Answer(false, e.reason().field(), e.getMessage(), e.options().stream().map(o -> new Choice(o.value(), o.label())).toList());
        } catch (InvalidVettingInput e) {
            return new Answer(false, e.field(), e.getMessage(), List.of());
        }
    }

    @Override
    public int run(CaseId caseId) {
        desk.run(caseId);
        return files.read(caseId).findings().size();
    }

    @Override
    public List<Shown> findings(CaseId caseId, Locale locale) {
        VettingFile file = files.read(caseId);
        return file.bySeverity().stream().map(f -> new Shown(f.kind(), f.severity(), words.write(f.title(), locale),
                words.write(f.explanation(), locale), words.dataset(f, locale), words.record(f, locale), f.inputs().getOrDefault("period", ""))).toList();
    }
}

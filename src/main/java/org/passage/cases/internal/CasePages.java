package org.passage.cases.internal;

import org.passage.web.ListPage;

import org.passage.cases.NoSuchCase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.passage.cases.CaseId;
import jakarta.servlet.http.HttpServletResponse;
import org.passage.cases.spi.CaseCountries;
import org.passage.cases.spi.CaseLink;
import org.passage.cases.spi.CaseListFlag;
import org.passage.cases.spi.CasePanel;
import org.passage.cases.Stage;
import org.passage.cases.CaseRef;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The case pages: the list (need-to-know filtered), opening a case, one case, assigning staff, moving its stage. */
@Controller
class CasePages {

    private static final int PAGE_SIZE = 50;

    private final CaseDesk desk;
    private final CaseDoor door;
    private final Readers readers;
    private final StaffDirectory staff;
    private final List<CasePanel> panels;
    private final List<CaseCountries> countries;
    private final ApplicantDesk applicant;
    private final CaseTasks tasks;
    private final java.time.Clock clock;
    private final List<CaseListFlag> flags;
    private final List<CaseLink> links;
    private final CaseListSearch search;
    private final org.springframework.context.MessageSource messages;

    CasePages(CaseDesk desk, CaseDoor door, Readers readers, StaffDirectory staff, List<CasePanel> panels, List<CaseCountries> countries,
              ApplicantDesk applicant, CaseTasks tasks, java.time.Clock clock, List<CaseListFlag> flags,
              List<CaseLink> links, CaseListSearch search, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.search = search;
        this.desk = desk;
        this.door = door;
        this.links = links.stream().sorted(java.util.Comparator.comparingInt(CaseLink::order)).toList();
        this.flags = List.copyOf(flags);
        this.tasks = tasks;
        this.clock = clock;
        this.applicant = applicant;
        this.countries = countries;
        this.readers = readers;
        this.staff = staff;
        this.panels = panels.stream().sorted(java.util.Comparator.comparingInt(CasePanel::order)).toList();
    }

    /** A flag as the list's filter and markers show it. */
    public record FlagOption(String key, String labelKey) {
    }

    /** A panel another feature adds to the case page, with its data for this case. */
    record PanelView(String template, Object data) {
    }

    @GetMapping("/cases")
    String list(@ModelAttribute("filter") CaseListFilter filter, Model model, HttpServletResponse response) {
        Reader reader = readers.current();
        List<CaseRef> visible = door.listed();
        Map<CaseId, String> where = countries.stream().findFirst()
                .map(c -> c.countries(visible.stream().map(CaseRef::id).toList())).orElse(Map.of());
        Map<CaseId, java.util.Set<String>> marks = marks(reader.organizationId(), visible.stream().map(CaseRef::id).toList());
        List<CaseRef> shown = visible;
        CaseListFilter.Valid valid = CaseListFilter.none().validated(java.util.Set.of());
        try {
            valid = filter.validated(flags.stream().map(CaseListFlag::key).collect(Collectors.toSet()));
            CaseListFilter.Valid v = valid;
            shown = visible.stream().filter(c -> v.keeps(c, where, marks, reader.staffId())).toList();
            if (valid.q() != null) {
                shown = search.matching(reader, shown, valid.q(), where);
            }
            model.addAttribute("filtered", valid.active());
        } catch (InvalidCaseInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorKey", e.getMessage());
        }
        ListPage<CaseRef> page = ListPage.of(search.sorted(reader, shown, valid.order()), valid.page(), PAGE_SIZE);
        model.addAttribute("cases", door.page(page.items()));
        model.addAttribute("page", page);
        model.addAttribute("orders", CaseListFilter.Order.values());
        model.addAttribute("flags", flags.stream().map(f -> new FlagOption(f.key(), f.labelKey())).toList());
        model.addAttribute("marks", marks);
        model.addAttribute("countries", where);
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("countryNames", where.values().stream().distinct().collect(Collectors.toMap(c -> c,
                c -> java.util.Locale.of("", c).getDisplayCountry(locale), (a, b) -> a, java.util.TreeMap::new)));
        model.addAttribute("stages", Stage.values());
        // the colleagues are read (and their names opened) once for the page
        List<StaffMember> colleagues = staff.inOrganization(reader.organizationId());
        model.addAttribute("staffNames", staffNames(colleagues));
        model.addAttribute("caseStaff", assignable(colleagues));
        model.addAttribute("mayOpen", CaseAccessPolicy.canOpen(reader));
        return "cases/list";
    }

    @GetMapping("/cases/new")
    String openForm(Model model) {
        if (!CaseAccessPolicy.canOpen(readers.current())) {
            throw new org.springframework.security.access.AccessDeniedException("this role does not open cases");
        }
        model.addAttribute("form", CaseForm.empty());
        return "cases/new";
    }

    @PostMapping("/cases")
    @org.passage.web.Confirms("saved.caseOpened")
    String open(@ModelAttribute("form") CaseForm form, Model model, HttpServletResponse response) {
        try {
            CaseFile opened = desk.open(readers.current(), form.applicant());
            return "redirect:/cases/" + opened.id();
        } catch (InvalidCaseInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorMessage", e.text(messages, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            return "cases/new";
        }
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable String id, Model model) {
        Reader reader = readers.current();
        CaseRef ref = door.read(parse(id), "case.read");
        CaseFile file = door.file(ref);
        model.addAttribute("file", file);
        List<StaffMember> colleagues = staff.inOrganization(reader.organizationId());
        model.addAttribute("staffNames", staffNames(colleagues));
        model.addAttribute("mayAssign", ref.mayCoordinate());
        model.addAttribute("mayChange", ref.mayChange());
        model.addAttribute("more", applicant.of(ref));
        var today = java.time.LocalDate.now(clock);
        var caseTasks = tasks.of(file.organizationId(), file.id());
        model.addAttribute("openTasks", caseTasks.stream().filter(t -> !t.done()).count());
        model.addAttribute("overdueTasks", caseTasks.stream().filter(t -> t.overdueOn(today)).count());
        model.addAttribute("links", links.stream().flatMap(l -> l.link(ref).stream()).toList());
        model.addAttribute("panels", panels.stream().map(p -> new PanelView(p.template(), p.data(ref))).toList());
        model.addAttribute("assignable", assignable(colleagues).stream()
                .filter(m -> !file.assignedStaff().contains(m.id())).toList());
        return "cases/detail";
    }

    @PostMapping("/cases/{id}/assignments")
    @org.passage.web.Confirms("saved.assigned")
    String assign(@PathVariable String id, @RequestParam UUID staffId) {
        Reader reader = readers.current();
        boolean colleague = staff.find(staffId).map(m -> reader.organizationId().equals(m.organizationId())).orElse(false);
        if (!colleague) {
            throw new NoSuchCase();
        }
        desk.assign(reader, parse(id), staffId);
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/assignments/{staffId}/remove")
    @org.passage.web.Confirms("saved.unassigned")
    String unassign(@PathVariable String id, @PathVariable UUID staffId,
                    org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        Reader reader = readers.current();
        try {
            desk.unassign(reader, parse(id), staffId, s -> staff.find(s).map(m -> m.has(Role.CASEWORKER)).orElse(false));
        } catch (InvalidCaseInput e) {
            flash.addFlashAttribute("notSaved", e.getMessage());
            return "redirect:/cases/" + id;
        }
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/handover")
    @org.passage.web.Confirms("saved.handedOver")
    String handOver(@PathVariable String id, @RequestParam UUID fromStaffId, @RequestParam UUID toStaffId) {
        Reader reader = readers.current();
        boolean colleague = assignable(reader.organizationId()).stream().anyMatch(m -> m.id().equals(toStaffId));
        desk.handOver(reader, parse(id), fromStaffId, toStaffId, colleague);
        return "redirect:/cases/" + id;
    }

    /** The keys of the flags each visible case carries; features are asked only about cases the reader may see. */
    private Map<CaseId, java.util.Set<String>> marks(UUID organizationId, List<CaseId> ids) {
        Map<CaseId, java.util.Set<String>> marks = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return marks;
        }
        for (CaseListFlag flag : flags) {
            flag.flagged(organizationId, ids).forEach(id -> marks.computeIfAbsent(id, k -> new java.util.TreeSet<>()).add(flag.key()));
        }
        return marks;
    }

    /** Active colleagues who can be assigned to cases. */
    private List<StaffMember> assignable(UUID organizationId) {
        return assignable(staff.inOrganization(organizationId));
    }

    private static List<StaffMember> assignable(List<StaffMember> colleagues) {
        return colleagues.stream()
                .filter(m -> !m.disabled() && (m.has(Role.CASEWORKER) || m.has(Role.LAWYER) || m.has(Role.VETTING_ANALYST)))
                .toList();
    }

    private static Map<UUID, String> staffNames(List<StaffMember> members) {
        return members.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName, (a, b) -> a));
    }

    static CaseId parse(String id) {
        try {
            return CaseId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new NoSuchCase();
        }
    }
}

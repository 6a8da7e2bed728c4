package org.passage.watchlists.internal;

import org.passage.web.Confirms;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.passage.watchlists.EntryChange;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.WatchlistSummary;
import org.passage.watchlists.Watchlists;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The system admin's page of the watchlists: what is live, what the latest versions changed, and an upload
 * that imports a new version in the background while a fragment polled by htmx shows how far it got. Lists
 * are installation-wide public data, so this is the system admin's, not an organization's.
 */
@Controller
@RequestMapping("/admin/lists")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class ListsPages {

    static final String TEMP_PREFIX = "passage-list-";
    /** Below the servlet's multipart bound (application.yaml), so the page, not the container, refuses. Larger: the command. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** The changes shown per list; a first import "adds" the whole list. */
    static final int CHANGES_SHOWN = 50;
    /** The generic CSV needs a mapping file: that stays with the command line. */
    static final List<ImportFormat> FORMATS = Arrays.stream(ImportFormat.values()).filter(f -> f != ImportFormat.CSV).toList();
    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Watchlists watchlists;
    private final ListImports imports;

    ListsPages(Watchlists watchlists, ListImports imports) {
        this.watchlists = watchlists;
        this.imports = imports;
    }

    /** One list with the first changes of its live version. */
    record ListView(WatchlistSummary summary, List<EntryChange> changes, int changeCount) {
    }

    @GetMapping
    String page(Model model) {
        return page(model, "", ImportFormat.FTM, null);
    }

    @GetMapping("/progress")
    String progress(Model model) {
        model.addAttribute("run", imports.latest().orElse(null));
        return "watchlists/lists :: progress";
    }

    @PostMapping
    @Confirms("saved.watchlists.imported")
    String upload(@RequestParam(required = false) @Nullable MultipartFile file, @RequestParam(defaultValue = "") String list,
                  @RequestParam(defaultValue = "") String format, Model model, HttpServletResponse response) throws IOException {
        ImportFormat chosen = FORMATS.stream().filter(f -> f.cliName().equals(format)).findFirst().orElse(null);
        String name = list.strip().isEmpty() && chosen != null ? ImportRequest.defaultListName(chosen) : list.strip();
        String error = null;
        if (chosen == null) {
            error = "lists.error.format";
        } else if (!name.matches("[a-z0-9][a-z0-9_.-]{0,62}")) {
            error = "lists.error.name";
        } else if (file == null || file.isEmpty()) {
            error = "lists.error.empty";
        } else if (file.getSize() > MAX_BYTES) {
            error = "lists.error.size";
        } else if (imports.running()) {
            error = "lists.error.busy";
        }
        if (error == null) {
            try {
                imports.start(name, chosen, copyToTemp(file));
                return "redirect:/admin/lists";
            } catch (ListImports.Busy e) {
                error = "lists.error.busy";
            }
        }
        response.setStatus(error.equals("lists.error.busy") ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
        return page(model, name, chosen == null ? ImportFormat.FTM : chosen, error);
    }

    private String page(Model model, String list, ImportFormat format, @Nullable String error) {
        Map<String, ListView> lists = new LinkedHashMap<>();
        for (WatchlistSummary summary : watchlists.summaries()) {
            List<EntryChange> changes = summary.liveVersion() > 0 ? watchlists.changes(summary.name(), summary.liveVersion()) : List.of();
            lists.put(summary.name(), new ListView(summary, changes.subList(0, Math.min(CHANGES_SHOWN, changes.size())), changes.size()));
        }
        model.addAttribute("lists", lists.values());
        model.addAttribute("formats", FORMATS);
        model.addAttribute("list", list);
        model.addAttribute("format", format);
        model.addAttribute("error", error);
        model.addAttribute("maxMegabytes", MAX_BYTES / (1024 * 1024));
        model.addAttribute("run", imports.latest().orElse(null));
        return "watchlists/lists";
    }

    /**
     * The upload alone in a fresh private folder, under its own name when that is harmless (the importer's error
     * messages name the file, and an OFAC sdn.csv is recognized by it), else "upload".
     */
    private static Path copyToTemp(MultipartFile file) throws IOException {
        String given = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().replace('\\', '/');
        String original = given.substring(given.lastIndexOf('/') + 1);
        String name = SAFE_FILE_NAME.matcher(original).matches() ? original : "upload";
        Path folder = Files.createTempDirectory(TEMP_PREFIX);
        Path target = folder.resolve(name);
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, target);
        } catch (IOException e) {
            Files.deleteIfExists(target);
            Files.deleteIfExists(folder);
            throw e;
        }
        return target;
    }
}

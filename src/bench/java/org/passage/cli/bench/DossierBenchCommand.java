package org.passage.cli.bench;

import org.jspecify.annotations.Nullable;
import org.passage.dossier.sample.SampleDossiers;
import org.passage.geo.GeoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code passage bench dossier}: how long redacting and rendering a typical dossier takes (PDF/A with the
 * fonts embedded and the map drawn from the real borders and occupied area when the shared data is there).
 */
@Command(name = "dossier", mixinStandardHelpOptions = true, description = "Rendering time of a typical dossier (redaction + PDF/A).")
public final class DossierBenchCommand implements Callable<Integer> {

    @Option(names = "--data", description = "shared data folder for the map (default: $PASSAGE_GEO_DATA or ../shared/data)")
    @Nullable Path data;

    @Option(names = "--runs", defaultValue = "20", description = "measured renders (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "5", description = "renders before measuring (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--out", description = "write the last rendered PDF there, to look at it")
    @Nullable Path out;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || warmup < 0) {
            System.err.println("error: --runs must be at least 1 and --warmup at least 0");
            return 2;
        }
        String layers = mapLayers();
        System.out.println(layers == null ? "map: none (no shared geo data found)" : "map: real borders and occupied area of 2021-05-01, "
                + layers.length() / 1024 + " KB of GeoJSON");
        var renderer = new SampleDossiers();
        long first = System.nanoTime();
        byte[] pdf = render(renderer, layers);
        System.out.printf(Locale.ROOT, "first render (templates, fonts, Batik loaded): %.0f ms%n", (System.nanoTime() - first) / 1e6);
        for (int i = 0; i < warmup; i++) {
            render(renderer, layers);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            pdf = render(renderer, layers);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        if (out != null) {
            Files.write(out, pdf);
        }
        int pages;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        System.out.printf(Locale.ROOT, "typical AUTHORITY dossier: %d pages, %d KB; render p50 %.0f ms, p90 %.0f ms, min %.0f ms over %d runs%n",
                pages, pdf.length / 1024, ms[runs / 2], ms[(int) Math.min(runs - 1, Math.ceil(runs * 0.9) - 1)], ms[0], runs);
        return 0;
    }

    private static byte[] render(SampleDossiers renderer, @Nullable String layers) {
        return renderer.typicalPdf(layers);
    }

    private @Nullable String mapLayers() {
        Path dir = data;
        if (dir == null) {
            String env = System.getenv("PASSAGE_GEO_DATA");
            dir = env != null && !env.isBlank() ? Path.of(env)
                    : Files.isDirectory(Path.of("../shared/data")) ? Path.of("../shared/data") : Path.of("../../shared/data");
        }
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try {
            return GeoData.load(dir).territory().mapLayers(LocalDate.of(2021, 5, 1));
        } catch (RuntimeException e) { // GeoException included
            System.err.println("map left out: " + e.getMessage());
            return null;
        }
    }
}

package org.passage.dossier.internal;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders a (redacted) {@link Dossier} to PDF/A-3u: the Thymeleaf template {@code org/passage/dossier/dossier.xhtml}
 * in the dossier's language (messages beside it), laid out by openhtmltopdf with DejaVu Sans embedded so that
 * Cyrillic names render, the map drawn from its SVG by Batik. No network: nothing is fetched while rendering.
 * Thread-safe and free of Spring, so the benchmark and the unit tests use it as the application does.
 */
public final class DossierRenderer {

    private static final String FONTS = "/org/passage/dossier/fonts/";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new QuietRendererLog());
    }

    // SpEL as on the pages; outside an application context the messages come from the files beside the template
    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    public DossierRenderer() {
        var resolver = new ClassLoaderTemplateResolver(DossierRenderer.class.getClassLoader());
        resolver.setPrefix("org/passage/dossier/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    /** The XHTML the PDF is made from (tests look at it too). */
    public String xhtml(Dossier dossier) {
        var context = new Context(dossier.cover().language().locale());
        context.setVariable("d", dossier);
        context.setVariable("fmt", new DossierText(dossier.cover().language()));
        return templates.process("dossier", context);
    }

    public byte[] pdf(Dossier dossier) {
        String xhtml = xhtml(dossier);
        var out = new ByteArrayOutputStream(256 * 1024);
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useColorProfile(SRGB);
            builder.useFont(font("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withProducer("Passage");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the dossier", e);
        }
        return out.toByteArray();
    }

    private static FSSupplier<InputStream> font(String file) {
        return () -> {
            InputStream in = DossierRenderer.class.getResourceAsStream(FONTS + file);
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is missing from the application");
            }
            return in;
        };
    }
}

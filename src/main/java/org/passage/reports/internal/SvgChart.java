package org.passage.reports.internal;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn by Passage as SVG, inline in the page: no script and no style attribute (the
 * CSP allows neither), only presentation attributes. With several series the bars are stacked. A suppressed
 * figure has no bar at all, only its mark in the bar's caption, so the drawing never shows more than the
 * table beside it.
 */
final class SvgChart {

    /** One bar: its label and one figure per series. */
    record Bar(String label, List<Figure> figures) {
    }

    static final List<String> COLOURS = List.of("#2b6cb0", "#dd6b20", "#9b2c2c", "#2f855a", "#6b46c1");
    private static final int LABEL_WIDTH = 190;
    private static final int PLOT_WIDTH = 360;
    private static final int CAPTION_WIDTH = 130;
    private static final int ROW = 26;
    private static final int BAR = 16;
    private static final int LEGEND = 24;

    private SvgChart() {
    }

    static String render(String id, String title, String description, List<String> series, List<Bar> bars) {
        int top = series.size() > 1 ? LEGEND : 4;
        int width = LABEL_WIDTH + PLOT_WIDTH + CAPTION_WIDTH;
        int height = top + bars.size() * ROW + 4;
        long max = Math.max(1, bars.stream().mapToLong(SvgChart::shownSum).max().orElse(1));
        var svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" "
                        + "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" aria-labelledby=\"%s-title %s-desc\" "
                        + "font-family=\"sans-serif\" font-size=\"12\">",
                width, height, width, height, id, id));
        svg.append("<title id=\"").append(id).append("-title\">").append(xml(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(xml(description)).append("</desc>");
        if (series.size() > 1) {
            int x = LABEL_WIDTH;
            for (int s = 0; s < series.size(); s++) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"6\" width=\"12\" height=\"12\" fill=\"%s\"/>", x, colour(s)));
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" fill=\"#1a202c\">%s</text>", x + 16, xml(series.get(s))));
                x += 24 + 7 * series.get(s).length();
            }
        }
        for (int b = 0; b < bars.size(); b++) {
            Bar bar = bars.get(b);
            int y = top + b * ROW;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#1a202c\">%s</text>",
                    LABEL_WIDTH - 8, y + BAR - 3, xml(bar.label())));
            double x = LABEL_WIDTH;
            var caption = new StringBuilder();
            for (int s = 0; s < bar.figures().size(); s++) {
                Figure f = bar.figures().get(s);
                if (f.isShown() && f.value() > 0) {
                    double w = PLOT_WIDTH * (double) f.value() / max;
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                            x, y, w, BAR, colour(s)));
                    x += w;
                }
                caption.append(caption.isEmpty() ? "" : " · ").append(f.text());
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#1a202c\">%s</text>", x + 6, y + BAR - 3,
                    xml(caption.toString())));
        }
        return svg.append("</svg>").toString();
    }

    private static long shownSum(Bar bar) {
        return bar.figures().stream().filter(Figure::isShown).mapToLong(Figure::value).sum();
    }

    private static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    static String xml(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }
}

package org.passage.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.passage.reports.internal.Figure.Status;
import org.passage.reports.internal.Figure.Unit;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgChartTests {

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void barsAreAsLongAsTheirShownCountsAndASuppressedCountHasNoBar() throws Exception {
        String svg = SvgChart.render("chart-x", "Cases by stage", "Bars <per> stage & more", List.of("Cases"), List.of(
                new SvgChart.Bar("Hiding in Russia", List.of(Figure.shown(Unit.CASES, 20))),
                new SvgChart.Bar("Crossing", List.of(Figure.shown(Unit.CASES, 10))),
                new SvgChart.Bar("Detained", List.of(Figure.suppressed(Status.SMALL, Unit.CASES)))));
        var doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-x-title chart-x-desc");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Cases by stage");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("Bars <per> stage & more");
        var rects = doc.getElementsByTagName("rect");
        assertThat(rects.getLength()).isEqualTo(2);
        assertThat(((Element) rects.item(0)).getAttribute("width")).isEqualTo("360.0");
        assertThat(((Element) rects.item(1)).getAttribute("width")).isEqualTo("180.0");
        assertThat(svg).contains(">&lt;5</text>").doesNotContain("style=").doesNotContain("<script");
    }

    @Test
    void stackedBarsDrawOnlyShownSegmentsWithALegend() throws Exception {
        String svg = SvgChart.render("chart-y", "Check-ins", "per month", List.of("On time", "Late", "Missed"), List.of(
                new SvgChart.Bar("2026-05", List.of(Figure.shown(Unit.CASES, 30), Figure.shown(Unit.CASES, 10),
                        Figure.suppressed(Status.SMALL, Unit.CASES))),
                new SvgChart.Bar("2026-06", List.of(Figure.shown(Unit.CASES, 40), Figure.suppressed(Status.HIDDEN, Unit.CASES),
                        Figure.shown(Unit.CASES, 0)))));
        var doc = parse(svg);
        var rects = doc.getElementsByTagName("rect");
        // 3 legend squares, then 2 segments in May and 1 in June
        assertThat(rects.getLength()).isEqualTo(6);
        assertThat(((Element) rects.item(3)).getAttribute("width")).isEqualTo("270.0");
        assertThat(((Element) rects.item(4)).getAttribute("x")).isEqualTo("460.0");
        assertThat(((Element) rects.item(4)).getAttribute("fill")).isEqualTo(SvgChart.COLOURS.get(1));
        assertThat(((Element) rects.item(5)).getAttribute("width")).isEqualTo("360.0");
        assertThat(svg).contains("30 · 10 · &lt;5").contains("40 · [c] · 0");
    }
}

package org.passage.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.datasets.DatasetFile;
import org.passage.datasets.DatasetUpdateException;
import org.passage.datasets.Datasets;
import org.passage.geo.GeoFixtures;

/**
 * Every way a publisher can answer badly, against a server on 127.0.0.1: each fault is an error naming the
 * dataset, the address and the fault; an interrupted download resumes where it stopped.
 */
class DownloadTests {

    static final String PATH = "occupied-territory/nzz/nzz_2022-03-09.geojson";

    @TempDir
    Path work;
    private LoopbackPublisher publisher;
    private final Download download = new Download(Duration.ofSeconds(2), Duration.ofMillis(500));
    private long size;

    @BeforeEach
    void serve() throws Exception {
        publisher = new LoopbackPublisher(GeoFixtures.fixtureData());
        size = Files.size(GeoFixtures.fixtureData().resolve(PATH));
    }

    @AfterEach
    void stop() {
        publisher.close();
    }

    private DatasetFile file(long maxBytes) {
        return new DatasetFile("nzz_2022-03-09.geojson", URI.create("https://example.org/nzz.geojson"), DatasetFile.Format.GEOJSON, maxBytes, null);
    }

    private URI url() {
        return URI.create(publisher.base() + "/" + PATH);
    }

    private Path fetch(long maxBytes) {
        Path target = work.resolve("nzz.geojson");
        download.fetch("occupied-territory-nzz", file(maxBytes), url(), target, Datasets.Progress.NONE);
        return target;
    }

    @Test
    void aGoodAnswerIsStoredWhole() throws Exception {
        Path target = fetch(size * 2);
        assertThat(Files.mismatch(target, GeoFixtures.fixtureData().resolve(PATH))).isEqualTo(-1);
        assertThat(ContentCheck.records("nzz", DatasetFile.Format.GEOJSON, target)).isPositive();
    }

    @Test
    void notFoundAndServerErrorsNameDatasetAddressAndStatus() {
        publisher.fault(PATH, LoopbackPublisher.Fault.NOT_FOUND);
        assertThatThrownBy(() -> fetch(size * 2)).isInstanceOf(DatasetUpdateException.class)
                .hasMessageStartingWith("occupied-territory-nzz: " + url() + ": HTTP 404");
        publisher.fault(PATH, LoopbackPublisher.Fault.SERVER_ERROR);
        assertThatThrownBy(() -> fetch(size * 2)).hasMessageContaining(url().toString()).hasMessageContaining("HTTP 500");
    }

    @Test
    void anHtmlPageIsRefused() {
        publisher.fault(PATH, LoopbackPublisher.Fault.HTML);
        assertThatThrownBy(() -> fetch(size * 2)).hasMessageContaining("occupied-territory-nzz").hasMessageContaining("HTML page");
    }

    @Test
    void anHtmlBodyUnderAnotherContentTypeFailsTheContentCheck() throws Exception {
        Path page = work.resolve("page.geojson");
        Files.writeString(page, "\n  <!DOCTYPE html><html><title>Error</title></html>");
        assertThatThrownBy(() -> ContentCheck.records("occupied-territory-nzz: " + url(), DatasetFile.Format.GEOJSON, page))
                .hasMessageContaining("an HTML page instead of GEOJSON");
        Path cut = work.resolve("cut.geojson");
        Files.writeString(cut, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\"");
        assertThatThrownBy(() -> ContentCheck.records("x", DatasetFile.Format.GEOJSON, cut)).hasMessageContaining("not valid GeoJSON");
        Path xml = work.resolve("cut.xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?><CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>");
        assertThatThrownBy(() -> ContentCheck.records("x", DatasetFile.Format.XML, xml)).hasMessageContaining("not valid XML");
    }

    @Test
    void aTruncatedDownloadIsKeptAndTheNextRunResumesWithARange() throws Exception {
        publisher.fault(PATH, LoopbackPublisher.Fault.TRUNCATED);
        assertThatThrownBy(() -> fetch(size * 2)).hasMessageContaining(url().toString()).hasMessageContaining("the next run resumes");
        Path part = work.resolve("nzz.geojson.part");
        assertThat(part).exists();
        long kept = Files.size(part);
        assertThat(kept).isPositive().isLessThan(size);
        publisher.heal();
        Path target = fetch(size * 2);
        assertThat(publisher.ranges).containsEntry(PATH, "bytes=" + kept + "-");
        assertThat(Files.mismatch(target, GeoFixtures.fixtureData().resolve(PATH))).isEqualTo(-1);
        assertThat(part).doesNotExist();
    }

    @Test
    void tenTimesTheSizeIsRefused() {
        publisher.fault(PATH, LoopbackPublisher.Fault.OVERSIZED);
        assertThatThrownBy(() -> fetch(size * 2)).hasMessageContaining(url().toString()).hasMessageContaining("more than the limit");
        assertThat(work.resolve("nzz.geojson.part")).doesNotExist();
        publisher.heal();
        assertThatThrownBy(() -> fetch(size / 2)).hasMessageContaining("announces " + size + " bytes, more than the limit");
    }

    @Test
    void aStalledConnectionTimesOut() {
        publisher.fault(PATH, LoopbackPublisher.Fault.STALLED);
        long start = System.nanoTime();
        assertThatThrownBy(() -> fetch(size * 2)).hasMessageContaining(url().toString()).hasMessageContaining("stalled");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2900));
    }

    @Test
    void nothingListensThere() {
        URI closed = URI.create("http://127.0.0.1:9/" + PATH);
        assertThatThrownBy(() -> download.fetch("occupied-territory-nzz", file(size), closed, work.resolve("x"), Datasets.Progress.NONE))
                .hasMessageStartingWith("occupied-territory-nzz: " + closed + ": cannot be fetched");
    }
}

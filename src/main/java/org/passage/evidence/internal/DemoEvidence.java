package org.passage.evidence.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.passage.demo.DemoData;
import org.passage.demo.DemoSeeder;
import org.passage.evidence.EvidenceInput;
import org.passage.organizations.Organizations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo evidence for one "Ark Demo" case: an invented typed statement, a generated picture (a grey square, no
 * metadata, nothing real) and a URL recorded without an archived copy. Captured "by the system".
 */
@Component
class DemoEvidence implements DemoSeeder {

    static final String STATEMENT = """
            Демо-показания (придуманы для демо Passage, не описывают реальных людей и событий).
            С июня 2021 по февраль 2022 года я служил водителем в ремонтной роте в гарнизонном
            городе в России. В Украину я не заходил.
            """;

    private final Cases cases;
    private final Organizations organizations;
    private final EvidenceTable table;
    private final SealedEvidenceLocker locker;
    private final Clock clock;

    DemoEvidence(Cases cases, Organizations organizations, EvidenceTable table, SealedEvidenceLocker locker, Clock clock) {
        this.cases = cases;
        this.organizations = organizations;
        this.table = table;
        this.locker = locker;
        this.clock = clock;
    }

    @Override
    public DemoData step() {
        return DemoData.EVIDENCE;
    }

    @Override
    @Transactional
    public void seed(PrintStream console) {
        var ark = organizations.findByName("Ark Demo");
        if (ark.isEmpty() || table.anyIn(ark.get().id())) {
            return;
        }
        UUID org = ark.get().id();
        // the oldest open case (tickets come newest first)
        var open = cases.ofOrganization(org, "demo evidence").stream().filter(c -> c.stage().isOpen()).toList();
        if (open.isEmpty()) {
            return;
        }
        CaseId caseId = open.getLast().id();
        Instant now = clock.instant();
        byte[] statement = STATEMENT.getBytes(StandardCharsets.UTF_8);
        locker.store(org, caseId, new EvidenceInput(EvidenceInput.Kind.WITNESS_STATEMENT, "Демо: его рассказ о службе",
                null, statement, "statement.txt", "text/plain", now.minus(Duration.ofDays(3)), "Записано на первом интервью (демо).",
                false), Original.of(statement), "system", now);
        byte[] picture = picture();
        locker.store(org, caseId, new EvidenceInput(EvidenceInput.Kind.PHOTO, "Демо: фото нашивки части (сгенерировано)", null,
                picture, "patch.png", "image/png", now.minus(Duration.ofDays(2)), "Сгенерированный серый квадрат вместо фотографии.",
                true), Original.of(picture), "system", now);
        locker.store(org, caseId, new EvidenceInput(EvidenceInput.Kind.WEB_PAGE, "Демо: новостная страница (без архивной копии)",
                URI.create("https://example.org/demo-news-article"), null, null, null, now.minus(Duration.ofDays(1)),
                "Только адрес: Passage не загружает страницы.", false), null, "system", now);
        console.println("Demo evidence: 3 items on one Ark Demo case (one URL without an archived copy).");
    }

    /** A 16×16 grey PNG drawn here, so the demo holds no real photo and no camera metadata. */
    static byte[] picture() {
        var image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, (x + y) % 2 == 0 ? Color.GRAY.getRGB() : Color.DARK_GRAY.getRGB());
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageMetadataTests {

    static final String GPS = "GPS 43.2389N 76.8897E secret-camera";

    /** A real JPEG from ImageIO with an EXIF APP1 and a comment inserted after SOI. */
    static byte[] jpegWithExif() throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpg", out);
        byte[] plain = out.toByteArray();
        byte[] exif = ("Exif\0\0" + GPS).getBytes(StandardCharsets.ISO_8859_1);
        byte[] comment = "COMMENT secret-camera".getBytes(StandardCharsets.ISO_8859_1);
        var with = new ByteArrayOutputStream();
        with.write(plain, 0, 2);
        segment(with, 0xE1, exif);
        segment(with, 0xFE, comment);
        with.write(plain, 2, plain.length - 2);
        return with.toByteArray();
    }

    /** A real PNG from ImageIO with a tEXt chunk inserted after IHDR. */
    static byte[] pngWithText() throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] plain = out.toByteArray();
        int afterIhdr = 8 + 12 + 13;
        var with = new ByteArrayOutputStream();
        with.write(plain, 0, afterIhdr);
        byte[] data = ("Comment\0" + GPS).getBytes(StandardCharsets.ISO_8859_1);
        with.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeAndData = ByteBuffer.allocate(4 + data.length).put("tEXt".getBytes(StandardCharsets.ISO_8859_1)).put(data).array();
        with.write(typeAndData);
        var crc = new CRC32();
        crc.update(typeAndData);
        with.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        with.write(plain, afterIhdr, plain.length - afterIhdr);
        return with.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        out.write((data.length + 2) >> 8);
        out.write((data.length + 2) & 0xFF);
        out.write(data, 0, data.length);
    }

    @Test
    void jpegLosesExifAndCommentsAndStillDecodes() throws Exception {
        byte[] original = jpegWithExif();
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("secret-camera");
        byte[] clean = ImageMetadata.strip(DocumentType.JPEG, original);
        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("secret-camera").doesNotContain("Exif");
        assertThat(ImageIO.read(new ByteArrayInputStream(clean)).getWidth()).isEqualTo(8);
    }

    @Test
    void pngLosesTextChunksAndStillDecodes() throws Exception {
        byte[] original = pngWithText();
        assertThat(ImageIO.read(new ByteArrayInputStream(original))).isNotNull();
        byte[] clean = ImageMetadata.strip(DocumentType.PNG, original);
        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain("secret-camera").doesNotContain("tEXt");
        assertThat(ImageIO.read(new ByteArrayInputStream(clean)).getWidth()).isEqualTo(8);
    }

    @Test
    void brokenStructuresAreRefusedNotHalfCleaned() throws Exception {
        byte[] jpeg = jpegWithExif();
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 10);
        assertThatThrownBy(() -> ImageMetadata.strip(DocumentType.JPEG, truncated)).isInstanceOf(InvalidCaseInput.class);
        byte[] png = pngWithText();
        byte[] lying = png.clone();
        lying[8] = 0x7F; // IHDR claims a huge length
        assertThatThrownBy(() -> ImageMetadata.strip(DocumentType.PNG, lying)).isInstanceOf(InvalidCaseInput.class);
        assertThatThrownBy(() -> ImageMetadata.strip(DocumentType.PNG, java.util.Arrays.copyOf(png, 30)))
                .isInstanceOf(InvalidCaseInput.class);
    }

    @Test
    void typesAreRecognizedByContentNotName() {
        assertThat(DocumentType.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(DocumentType.PDF);
        assertThat(DocumentType.of("MZ\u0090\0".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(DocumentPages.fileName("C:\\Users\\x\\..\\скан паспорта.jpg", DocumentType.JPEG)).isEqualTo("скан паспорта.jpg");
        assertThat(DocumentPages.fileName("../../etc/passwd\u0000", DocumentType.PDF)).isEqualTo("passwd");
        assertThat(DocumentPages.fileName("", DocumentType.PNG)).isEqualTo("document.png");
    }
}

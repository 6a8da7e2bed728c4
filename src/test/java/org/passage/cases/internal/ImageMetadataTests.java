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

/**
 * Photos keep nothing but their pixels: hostile files built in memory carry a position before the image data, after
 * it, in a second embedded picture, in a motion-photo video trailer, in PNG text chunks and in a PNG/ZIP polyglot, and
 * none of it survives; the picture does, upright.
 */
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

    /** A picture with something to see: left half red, right half blue. */
    static BufferedImage picture(int width, int height, int type) {
        var image = new BufferedImage(width, height, type);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, x < width / 2 ? 0xFFFF0000 : 0xFF0000FF);
            }
        }
        return image;
    }

    static byte[] encoded(BufferedImage image, String format) throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part, 0, part.length);
        }
        return out.toByteArray();
    }

    /** An EXIF APP1 segment (big-endian TIFF) with an orientation tag and a GPS text after the IFD. */
    static byte[] exifSegment(int orientation) {
        var tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8)
                .putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1)
                .putShort((short) orientation).putShort((short) 0).putInt(0).array();
        byte[] data = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff, GPS.getBytes(StandardCharsets.ISO_8859_1));
        var out = new ByteArrayOutputStream();
        segment(out, 0xE1, data);
        return out.toByteArray();
    }

    static byte[] pngChunk(String type, byte[] data) {
        byte[] typeAndData = ByteBuffer.allocate(4 + data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data).array();
        var crc = new CRC32();
        crc.update(typeAndData);
        return concat(ByteBuffer.allocate(4).putInt(data.length).array(), typeAndData,
                ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Nothing after the one end-of-image marker, and no other picture inside (0xFFD9 appears in JPEG data only as EOI). */
    private static void assertOnlyOneCleanJpeg(byte[] clean) throws Exception {
        String text = latin1(clean);
        assertThat(text).doesNotContain("secret-camera").doesNotContain("Exif").doesNotContain("ftyp").doesNotContain("PK");
        assertThat(text.indexOf("\u00FF\u00D9")).isEqualTo(clean.length - 2);
        assertThat(text.lastIndexOf("\u00FF\u00D8")).isZero();
        for (int i = 2; i < clean.length - 1; ) { // segments before the scan: no APPn but JFIF, no comment
            int marker = clean[i + 1] & 0xFF;
            if (marker == 0xDA) {
                break;
            }
            assertThat(marker == 0xFE || marker >= 0xE1 && marker <= 0xEF).as("marker %x", marker).isFalse();
            i += 2 + ((clean[i + 2] & 0xFF) << 8 | clean[i + 3] & 0xFF);
        }
    }

    private static void assertRedLeftBlueRight(byte[] clean, int width, int height) throws Exception {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean));
        assertThat(decoded.getWidth()).isEqualTo(width);
        assertThat(decoded.getHeight()).isEqualTo(height);
        assertThat(decoded.getRGB(1, height / 2) & 0xFF0000).isGreaterThan(0xC00000);
        assertThat(decoded.getRGB(width - 2, height / 2) & 0xFF).isGreaterThan(0xC0);
    }

    @Test
    void aJpegKeepsNothingAfterItsImageDataNeitherExifNorASecondPictureNorAVideo() throws Exception {
        byte[] plain = encoded(picture(32, 16, BufferedImage.TYPE_INT_RGB), "jpg");
        byte[] secondPicture = concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, exifSegment(1),
                java.util.Arrays.copyOfRange(plain, 2, plain.length)); // the multi-picture layout: a full JPEG after EOI
        byte[] motionPhoto = concat(new byte[] {0, 0, 0, 24}, "ftypmp42".getBytes(StandardCharsets.ISO_8859_1), new byte[12],
                ("moov udta \u00A9xyz +43.2389+076.8897/ " + GPS).getBytes(StandardCharsets.ISO_8859_1));
        var zip = new ByteArrayOutputStream();
        try (var entries = new java.util.zip.ZipOutputStream(zip)) {
            entries.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            entries.putNextEntry(new java.util.zip.ZipEntry("where.txt"));
            entries.write(GPS.getBytes(StandardCharsets.ISO_8859_1));
        }
        for (byte[] hostile : java.util.List.of(
                concat(plain, exifSegment(1)),
                concat(plain, secondPicture),
                concat(plain, motionPhoto),
                concat(plain, zip.toByteArray()),
                concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, exifSegment(1), java.util.Arrays.copyOfRange(plain, 2, plain.length),
                        secondPicture, motionPhoto))) {
            assertThat(latin1(hostile)).contains("secret-camera");
            byte[] clean = ImageMetadata.strip(DocumentType.JPEG, hostile);
            assertOnlyOneCleanJpeg(clean);
            assertRedLeftBlueRight(clean, 32, 16);
        }
    }

    @Test
    void aPngKeepsNoTextExifOrTimeChunkAndNothingAfterItsEnd() throws Exception {
        byte[] plain = encoded(picture(32, 16, BufferedImage.TYPE_INT_ARGB), "png");
        int afterIhdr = 8 + 12 + 13;
        int iend = plain.length - 12;
        byte[] gps = GPS.getBytes(StandardCharsets.ISO_8859_1);
        var zip = new ByteArrayOutputStream();
        try (var entries = new java.util.zip.ZipOutputStream(zip)) {
            entries.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            entries.putNextEntry(new java.util.zip.ZipEntry("where.txt"));
            entries.write(gps);
        }
        byte[] hostile = concat(java.util.Arrays.copyOfRange(plain, 0, afterIhdr),
                pngChunk("tEXt", concat("Comment\0".getBytes(StandardCharsets.ISO_8859_1), gps)),
                pngChunk("iTXt", concat("XML:com.adobe.xmp\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1), gps)),
                pngChunk("eXIf", concat("MM\0*".getBytes(StandardCharsets.ISO_8859_1), gps)),
                pngChunk("tIME", new byte[] {0x07, (byte) 0xEA, 1, 2, 3, 4, 5}),
                pngChunk("prVt", gps), // a private ancillary chunk a decoder skips
                java.util.Arrays.copyOfRange(plain, afterIhdr, iend),
                pngChunk("tEXt", concat("Late\0".getBytes(StandardCharsets.ISO_8859_1), gps)),
                java.util.Arrays.copyOfRange(plain, iend, plain.length),
                zip.toByteArray()); // a PNG/ZIP polyglot: unzip finds the archive at the end
        assertThat(latin1(hostile)).contains("secret-camera");
        assertThat(ImageIO.read(new ByteArrayInputStream(hostile))).isNotNull();

        byte[] clean = ImageMetadata.strip(DocumentType.PNG, hostile);

        assertThat(latin1(clean)).doesNotContain("secret-camera").doesNotContain("PK").doesNotContain("where.txt");
        var chunks = new java.util.ArrayList<String>();
        int i = 8;
        while (i < clean.length) {
            int length = ByteBuffer.wrap(clean, i, 4).getInt();
            chunks.add(latin1(java.util.Arrays.copyOfRange(clean, i + 4, i + 8)));
            i += 12 + length;
        }
        assertThat(i).as("nothing after IEND").isEqualTo(clean.length);
        assertThat(chunks).last().isEqualTo("IEND");
        assertThat(chunks).isSubsetOf("IHDR", "PLTE", "IDAT", "IEND");
        assertRedLeftBlueRight(clean, 32, 16);
        assertThat(ImageIO.read(new ByteArrayInputStream(clean)).getColorModel().hasAlpha()).as("transparency kept").isTrue();
    }

    @Test
    void theExifOrientationIsAppliedToThePixelsBeforeTheExifIsDropped() throws Exception {
        byte[] plain = encoded(picture(32, 16, BufferedImage.TYPE_INT_RGB), "jpg");
        byte[] turned = concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, exifSegment(6), java.util.Arrays.copyOfRange(plain, 2, plain.length));
        assertThat(ExifOrientation.of(turned)).isEqualTo(6);
        byte[] clean = ImageMetadata.strip(DocumentType.JPEG, turned);
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(clean));
        assertThat(upright.getWidth()).isEqualTo(16);
        assertThat(upright.getHeight()).isEqualTo(32);
        // turned a quarter clockwise: the red left half is now on top
        assertThat(upright.getRGB(8, 1) & 0xFF0000).isGreaterThan(0xC00000);
        assertThat(upright.getRGB(8, 30) & 0xFF).isGreaterThan(0xC0);
    }

    @Test
    void anImageClaimingTooManyPixelsIsRefusedBeforeItIsDecoded() throws Exception {
        byte[] png = encoded(picture(8, 8, BufferedImage.TYPE_INT_RGB), "png");
        ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000); // IHDR width and height (CRC left wrong)
        assertThatThrownBy(() -> ImageMetadata.strip(DocumentType.PNG, png)).isInstanceOf(InvalidCaseInput.class);
    }

    @Test
    void aJpegCutInsideItsImageDataIsRefusedNotStoredHalfGrey() throws Exception {
        byte[] jpeg = encoded(picture(64, 64, BufferedImage.TYPE_INT_RGB), "jpg");
        byte[] cut = java.util.Arrays.copyOf(jpeg, jpeg.length - 200);
        assertThatThrownBy(() -> ImageMetadata.strip(DocumentType.JPEG, cut)).isInstanceOf(InvalidCaseInput.class);
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

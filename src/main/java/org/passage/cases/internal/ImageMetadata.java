package org.passage.cases.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;

/**
 * Keeps nothing of an uploaded photo but its pixels: the file is decoded, its pixels drawn onto a new image and that
 * image encoded afresh, so EXIF (GPS position, camera, time), XMP, comments, text chunks, a second picture of a
 * multi-picture file, a motion photo's video trailer or a polyglot's other half are all left behind, wherever in
 * the file they sat. Rewriting the structure instead (dropping segments before the image data) left whatever came
 * after it. The EXIF orientation is applied to the pixels first, so a phone's portrait photo stays upright. A file
 * that does not decode cleanly, or claims more pixels than {@link #MAX_PIXELS}, is refused, never stored half-read.
 */
final class ImageMetadata {

    /** A decoded image's size limit: 50 megapixels (200 MB of memory as RGB), beyond any phone or scanner page. */
    static final long MAX_PIXELS = 50_000_000L;
    private static final float JPEG_QUALITY = 0.92f;

    private ImageMetadata() {
    }

    static byte[] strip(DocumentType type, byte[] content) {
        return switch (type) {
            case JPEG -> jpeg(ExifOrientation.upright(decode(content, "jpeg"), ExifOrientation.of(content)));
            case PNG -> png(decode(content, "png"));
            case PDF -> content;
        };
    }

    private static BufferedImage decode(byte[] content, String format) {
        var readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw broken();
        }
        ImageReader reader = readers.next();
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels <= 0 || pixels > MAX_PIXELS) {
                throw broken();
            }
            var warned = new AtomicBoolean();
            reader.addIIOReadWarningListener((source, warning) -> warned.set(true));
            BufferedImage image = reader.read(0);
            if (warned.get()) { // a truncated or corrupt image decodes partly, with a warning
                throw broken();
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidCaseInput refused) {
                throw refused;
            }
            throw broken();
        } finally {
            reader.dispose();
        }
    }

    /** Draws the decoded pixels onto a new image, so nothing of the decoder's view of the file goes along. */
    private static BufferedImage redraw(BufferedImage decoded, boolean alpha) {
        var fresh = new BufferedImage(decoded.getWidth(), decoded.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = fresh.createGraphics();
        try {
            if (!alpha) {
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, fresh.getWidth(), fresh.getHeight());
            }
            graphics.drawImage(decoded, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return fresh;
    }

    private static byte[] jpeg(BufferedImage decoded) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(redraw(decoded, false), null, null), param);
        } catch (IOException e) {
            throw broken();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage decoded) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(redraw(decoded, decoded.getColorModel().hasAlpha()), "png", out);
        } catch (IOException e) {
            throw broken();
        }
        return out.toByteArray();
    }

    static InvalidCaseInput broken() {
        return new InvalidCaseInput("file", "cases.documents.error.broken");
    }
}

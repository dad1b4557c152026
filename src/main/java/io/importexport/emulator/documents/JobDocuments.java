package io.importexport.emulator.documents;

import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.job.ShippingLabel;
import io.importexport.emulator.domain.manifest.ManifestParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents a job comes with, as the service produced them: the pre-paid shipping label of GetShippingLabel
 * and the signature page that EBS and Glacier devices carry instead of a SIGNATURE file (service.md §7, §10).
 */
public final class JobDocuments {
    private static final float MARGIN = 54;
    private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;

    private JobDocuments() {
    }

    public static byte[] shippingLabel(ShippingLabel label) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(DocumentFont.SANS_BOLD, 16, "AWS Import/Export - pre-paid UPS shipping label"));
        lines.add(Line.blank());
        lines.add(new Line(DocumentFont.SANS_BOLD, 12, "SHIP TO"));
        lines.addAll(Line.each(label.facility().shippingAddress(String.join(", ", label.jobIds())).split("\n")));
        lines.add(Line.blank());
        lines.add(new Line(DocumentFont.SANS_BOLD, 12, "FROM"));
        lines.addAll(Line.each(label.sender().lines().toArray(String[]::new)));
        lines.add(Line.blank());
        lines.add(new Line(DocumentFont.SANS_BOLD, 12, "JOBS IN THIS PACKAGE (" + label.jobIds().size() + ")"));
        lines.add(new Line(DocumentFont.SANS, 11, String.join("   ", label.jobIds())));
        lines.add(Line.blank());
        lines.add(new Line(DocumentFont.SANS, 9, "Ship every device with this label. Packages without it are returned unprocessed."));
        lines.add(new Line(DocumentFont.SANS, 9, "Generated " + label.created() + " by importexport-emulator; not a real UPS label."));
        return render(lines);
    }

    /** The page an EBS or Glacier device carries: the job, the manifest's device, the SIGNATURE text, where it goes. */
    public static byte[] signaturePage(Job job) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(DocumentFont.SANS_BOLD, 16, "AWS Import/Export - job " + job.id()));
        lines.add(Line.blank());
        lines.add(new Line(DocumentFont.SANS, 11, "Attach this page to the device of " + job.details().kind() + "."));
        lines.add(new Line(DocumentFont.SANS, 11, "Device: " + deviceId(job) + " (job " + job.id() + ")"));
        lines.add(Line.blank());
        lines.add(new Line(DocumentFont.SANS_BOLD, 12, "SIGNATURE"));
        lines.addAll(Line.each(job.signature().fileContents().split("\n")));
        lines.add(Line.blank());
        lines.add(new Line(DocumentFont.SANS_BOLD, 12, "SHIP TO"));
        lines.addAll(Line.each(job.shippingAddress().split("\n")));
        return render(lines);
    }

    /** The manifest's deviceId, which identifies the device the page goes with. */
    private static String deviceId(Job job) {
        return new ManifestParser().parse(job.manifest()).text("deviceId").orElse("(none given)");
    }

    private record Line(DocumentFont font, float size, String text) {
        static Line blank() {
            return new Line(DocumentFont.SANS, 11, "");
        }

        static List<Line> each(String... texts) {
            List<Line> lines = new ArrayList<>();
            for (String text : texts) {
                lines.add(new Line(DocumentFont.SANS, 11, text));
            }
            return lines;
        }

        float height() {
            return size * 1.4f;
        }
    }

    /** Letter pages with 0.75 in margins; a line too wide is wrapped at spaces, a page too full continues on the next. */
    private static byte[] render(List<Line> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Fonts fonts = new Fonts(document);
            PDPageContentStream content = null;
            float y = 0;
            for (Line line : lines) {
                for (String text : wrap(line, fonts)) {
                    if (content == null || y - line.height() < MARGIN) {
                        content = nextPage(document, content);
                        y = PDRectangle.LETTER.getHeight() - MARGIN;
                    }
                    y -= line.height();
                    content.beginText();
                    content.newLineAtOffset(MARGIN, y);
                    for (Run run : runs(line.font(), text)) {
                        content.setFont(fonts.of(run.font()), line.size());
                        content.showText(run.text());
                    }
                    content.endText();
                }
            }
            content.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render a PDF in memory", e);
        }
    }

    private static PDPageContentStream nextPage(PDDocument document, PDPageContentStream previous) throws IOException {
        if (previous != null) {
            previous.close();
        }
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        return new PDPageContentStream(document, page);
    }

    /** The line's text cut at spaces into pieces that fit the width; a word wider than the width is cut where it must be. */
    private static List<String> wrap(Line line, Fonts fonts) throws IOException {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.text().split("(?<= )")) {
            if (!current.isEmpty() && fonts.width(line, current + word.stripTrailing()) > WIDTH) {
                pieces.add(current.toString().stripTrailing());
                current.setLength(0);
            }
            current.append(word);
            while (current.length() > 1 && fonts.width(line, current.toString().stripTrailing()) > WIDTH) {
                int fits = current.length() - 1;
                while (fits > 1 && fonts.width(line, current.substring(0, fits)) > WIDTH) {
                    fits--;
                }
                pieces.add(current.substring(0, fits));
                current.delete(0, fits);
            }
        }
        pieces.add(current.toString().stripTrailing());
        return pieces;
    }

    /** The fonts embedded in one document, each loaded once, and the width of a text in them. */
    private static final class Fonts {
        private final PDDocument document;
        private final Map<DocumentFont, PDFont> embedded = new HashMap<>();

        Fonts(PDDocument document) {
            this.document = document;
        }

        PDFont of(DocumentFont font) throws IOException {
            PDFont loaded = embedded.get(font);
            if (loaded == null) {
                loaded = font.loadInto(document);
                embedded.put(font, loaded);
            }
            return loaded;
        }

        float width(Line line, String text) throws IOException {
            float width = 0;
            for (Run run : runs(line.font(), text)) {
                width += of(run.font()).getStringWidth(run.text()) / 1000 * line.size();
            }
            return width;
        }
    }

    /** Text in one font. */
    private record Run(DocumentFont font, String text) {
    }

    /**
     * A line cut into runs of the line's font and, for the characters it lacks, the first fallback font that has
     * them; a character none has (or a control character) prints as '?'.
     */
    private static List<Run> runs(DocumentFont lineFont, String lineText) {
        List<Run> runs = new ArrayList<>();
        DocumentFont current = null;
        StringBuilder text = new StringBuilder();
        for (int codePoint : lineText.codePoints().toArray()) {
            DocumentFont font = lineFont;
            String character = Character.toString(codePoint);
            if (Character.isISOControl(codePoint)) {
                character = "?";
            } else if (!font.covers(codePoint)) {
                Optional<DocumentFont> fallback = DocumentFont.FALLBACKS.stream().filter(other -> other.covers(codePoint)).findFirst();
                if (fallback.isPresent()) {
                    font = fallback.get();
                } else {
                    character = "?";
                }
            }
            if (font != current && !text.isEmpty()) {
                runs.add(new Run(current, text.toString()));
                text.setLength(0);
            }
            current = font;
            text.append(character);
        }
        if (!text.isEmpty()) {
            runs.add(new Run(current, text.toString()));
        }
        return runs;
    }
}

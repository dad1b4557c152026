package io.importexport.emulator.documents;

import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.job.ShippingLabel;
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
        lines.add(new Line(DocumentFont.SANS_BOLD, 12, "JOBS IN THIS PACKAGE"));
        lines.addAll(Line.each(label.jobIds().toArray(String[]::new)));
        lines.add(Line.blank());
        lines.add(new Line(DocumentFont.SANS, 9, "Ship every device with this label. Packages without it are returned unprocessed."));
        lines.add(new Line(DocumentFont.SANS, 9, "Generated " + label.created() + " by importexport-emulator; not a real UPS label."));
        return render(lines);
    }

    public static byte[] signaturePage(Job job) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(DocumentFont.SANS_BOLD, 16, "AWS Import/Export - job " + job.id()));
        lines.add(Line.blank());
        lines.add(new Line(DocumentFont.SANS, 11, "Attach this page to the device of " + job.details().kind() + "."));
        lines.add(new Line(DocumentFont.SANS, 11, "Device: " + job.details().kind().jobType() + " job " + job.id()));
        lines.add(Line.blank());
        lines.add(new Line(DocumentFont.SANS_BOLD, 12, "SIGNATURE"));
        lines.addAll(Line.each(job.signature().fileContents().split("\n")));
        lines.add(Line.blank());
        lines.add(new Line(DocumentFont.SANS_BOLD, 12, "SHIP TO"));
        lines.addAll(Line.each(job.shippingAddress().split("\n")));
        return render(lines);
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
    }

    private static byte[] render(List<Line> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            Map<DocumentFont, PDFont> embedded = new HashMap<>();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.newLineAtOffset(54, page.getMediaBox().getHeight() - 72);
                for (Line line : lines) {
                    for (Run run : runs(line)) {
                        PDFont font = embedded.get(run.font());
                        if (font == null) {
                            font = run.font().loadInto(document);
                            embedded.put(run.font(), font);
                        }
                        content.setFont(font, line.size());
                        content.showText(run.text());
                    }
                    content.newLineAtOffset(0, -line.size() * 1.4f);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render a PDF in memory", e);
        }
    }

    /** Text in one font. */
    private record Run(DocumentFont font, String text) {
    }

    /**
     * A line cut into runs of the line's font and, for the characters it lacks, the first fallback font that has
     * them; a character none has (or a control character) prints as '?'.
     */
    private static List<Run> runs(Line line) {
        List<Run> runs = new ArrayList<>();
        DocumentFont current = null;
        StringBuilder text = new StringBuilder();
        for (int codePoint : line.text().codePoints().toArray()) {
            DocumentFont font = line.font();
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

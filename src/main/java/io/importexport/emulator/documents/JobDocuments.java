package io.importexport.emulator.documents;

import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.job.ShippingLabel;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents a job comes with, as the service produced them: the pre-paid shipping label of GetShippingLabel
 * and the signature page that EBS and Glacier devices carry instead of a SIGNATURE file (spec §7, §10).
 */
public final class JobDocuments {
    private static final PDType1Font REGULAR;
    private static final PDType1Font BOLD;

    /*
     * Writing text needs only the metrics of the standard fonts, which PDFBox ships. Creating one also looks for
     * a system font to draw its glyphs with, which scans every font on the machine, writes a cache file into the
     * user's home and logs warnings; the fonts are therefore made once under a mapper that looks nothing up.
     */
    static {
        FontMapper previous = FontMappers.instance();
        FontMappers.set(new NoSystemFonts());
        try {
            REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        } finally {
            FontMappers.set(previous);
        }
    }

    private static final class NoSystemFonts implements FontMapper {
        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(null, false);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(null, false);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
            return new CIDFontMapping(null, null, false);
        }
    }

    private JobDocuments() {
    }

    public static byte[] shippingLabel(ShippingLabel label) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(BOLD, 16, "AWS Import/Export - pre-paid UPS shipping label"));
        lines.add(Line.blank());
        lines.add(new Line(BOLD, 12, "SHIP TO"));
        lines.addAll(Line.each(label.facility().shippingAddress(String.join(", ", label.jobIds())).split("\n")));
        lines.add(Line.blank());
        lines.add(new Line(BOLD, 12, "FROM"));
        lines.addAll(Line.each(label.sender().lines().toArray(String[]::new)));
        lines.add(Line.blank());
        lines.add(new Line(BOLD, 12, "JOBS IN THIS PACKAGE"));
        lines.addAll(Line.each(label.jobIds().toArray(String[]::new)));
        lines.add(Line.blank());
        lines.add(new Line(REGULAR, 9, "Ship every device with this label. Packages without it are returned unprocessed."));
        lines.add(new Line(REGULAR, 9, "Generated " + label.created() + " by importexport-emulator; not a real UPS label."));
        return render(lines);
    }

    public static byte[] signaturePage(Job job) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(BOLD, 16, "AWS Import/Export - job " + job.id()));
        lines.add(Line.blank());
        lines.add(new Line(REGULAR, 11, "Attach this page to the device of " + job.details().kind() + "."));
        lines.add(new Line(REGULAR, 11, "Device: " + job.details().kind().jobType() + " job " + job.id()));
        lines.add(Line.blank());
        lines.add(new Line(BOLD, 12, "SIGNATURE"));
        lines.addAll(Line.each(job.signature().fileContents().split("\n")));
        lines.add(Line.blank());
        lines.add(new Line(BOLD, 12, "SHIP TO"));
        lines.addAll(Line.each(job.shippingAddress().split("\n")));
        return render(lines);
    }

    private record Line(PDType1Font font, float size, String text) {
        static Line blank() {
            return new Line(REGULAR, 11, "");
        }

        static List<Line> each(String... texts) {
            List<Line> lines = new ArrayList<>();
            for (String text : texts) {
                lines.add(new Line(REGULAR, 11, text));
            }
            return lines;
        }
    }

    private static byte[] render(List<Line> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.newLineAtOffset(54, page.getMediaBox().getHeight() - 72);
                for (Line line : lines) {
                    content.setFont(line.font(), line.size());
                    content.showText(printable(line.font(), line.text()));
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

    /** The standard PDF fonts cover Latin-1 and a little more; other characters print as '?'. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            try {
                font.encode(character);
                printable.append(character);
            } catch (IOException | IllegalArgumentException notInTheFont) {
                printable.append('?');
            }
        });
        return printable.toString();
    }
}

package io.importexport.emulator;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every "service.md §N" and "clients.md §N" in the code, the tests and the documentation names a section of docs/, and
 * every relative link of the documentation names a file of the repository.
 */
class DocumentReferencesTest {
    private static final Pattern REFERENCE = Pattern.compile("(service|clients)\\.md §(\\d+(?:\\.\\d+)?)(?:[–-](\\d+))?");
    private static final Pattern HEADING = Pattern.compile("^#{2,3} (\\d+(?:\\.\\d+)?)[. ]", Pattern.MULTILINE);

    private static Set<String> sections(String document) throws IOException {
        Set<String> sections = new HashSet<>();
        Matcher heading = HEADING.matcher(Files.readString(Path.of("docs", document + ".md")));
        while (heading.find()) {
            sections.add(heading.group(1));
        }
        return sections;
    }

    @Test
    void everyReferenceNamesASectionOfTheDocuments() throws IOException {
        Set<String> service = sections("service");
        Set<String> clients = sections("clients");
        assertThat(service).contains("1", "2.5", "6.5", "9", "15");
        List<Path> files = new ArrayList<>(Documentation.pages());
        for (String root : List.of("src", "e2e", "bench", "wire-samples", "python")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile).filter(file -> file.toString().matches(".*\\.(java|py|sh|js|rb|md)$")).forEach(files::add);
            }
        }
        List<String> broken = new ArrayList<>();
        int found = 0;
        for (Path file : files) {
            Matcher reference = REFERENCE.matcher(Files.readString(file));
            while (reference.find()) {
                found++;
                Set<String> known = reference.group(1).equals("service") ? service : clients;
                if (!known.contains(reference.group(2)) || reference.group(3) != null && !known.contains(reference.group(3))) {
                    broken.add(file + ": " + reference.group());
                }
            }
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("spec" + " §").doesNotContain(".." + "/shared");
        }
        assertThat(found).isGreaterThan(50);
        assertThat(broken).isEmpty();
    }

    /** A link such as {@code [java.md](java.md)} or {@code (../src/...)}: the file it names exists, relative to its page. */
    @Test
    void everyRelativeLinkOfTheDocumentationNamesAFile() throws IOException {
        Pattern link = Pattern.compile("\\]\\(([^)#:\\s]+)(#[^)]*)?\\)");
        List<String> broken = new ArrayList<>();
        int found = 0;
        for (Path page : Documentation.pages()) {
            Matcher target = link.matcher(Files.readString(page));
            while (target.find()) {
                found++;
                Path named = page.resolveSibling(target.group(1)).normalize();
                if (!Files.exists(named)) {
                    broken.add(page + ": " + target.group(1));
                }
            }
        }
        assertThat(found).isGreaterThan(20);
        assertThat(broken).isEmpty();
    }
}

package io.importexport.emulator;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each code block of the README and of the pages in {@code docs/} marked {@code <!-- example: PATH -->} must stand, line
 * for line, in that file, which the build compiles and runs: the examples in the documentation cannot rot. A Java
 * example opens with the imports it needs, each one the file's own; the code after them stands in the file as a block.
 */
class ReadmeExamplesTest {
    private static final Pattern EXAMPLE = Pattern.compile("<!-- example: (\\S+) -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void everyMarkedExampleIsInTheFileItNames() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Path page : Documentation.pages()) {
            Matcher examples = EXAMPLE.matcher(Files.readString(page));
            while (examples.find()) {
                String source = Files.readString(Path.of(examples.group(1)));
                List<String> lines = examples.group(2).lines().toList();
                int code = imports(lines);
                assertThat(source.lines().map(String::strip).toList()).as("the imports of %s's example from %s", page, examples.group(1))
                        .containsAll(lines.subList(0, code).stream().filter(line -> !line.isBlank()).toList());
                assertThat(stripped(source)).as("the example of %s from %s", page, examples.group(1))
                        .contains(stripped(String.join("\n", lines.subList(code, lines.size()))));
                checked.add(page + " " + examples.group(1));
            }
        }
        assertThat(checked).as("marked examples").anyMatch(example -> example.startsWith("README.md"))
                .anyMatch(example -> example.startsWith("docs")).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everyJavaExampleOpensWithItsImports() throws IOException {
        for (Path page : Documentation.pages()) {
            Matcher blocks = JAVA_BLOCK.matcher(Files.readString(page));
            while (blocks.find()) {
                assertThat(blocks.group(1)).as("a Java example of %s", page).startsWith("import ");
            }
        }
    }

    /** How many lines the imports take at the start of an example, with the blank lines among and after them. */
    private static int imports(List<String> lines) {
        int count = 0;
        while (count < lines.size() && (lines.get(count).startsWith("import ") || lines.get(count).isBlank())) {
            count++;
        }
        return count;
    }

    /** Lines without their indentation, since an example may be cut out of a more deeply indented block. */
    private static String stripped(String text) {
        return String.join("\n", text.lines().map(String::strip).toList());
    }
}

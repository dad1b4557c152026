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
 * for line, in that file, which the build compiles and runs: the examples in the documentation cannot rot.
 */
class ReadmeExamplesTest {
    private static final Pattern EXAMPLE = Pattern.compile("<!-- example: (\\S+) -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void everyMarkedExampleIsInTheFileItNames() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Path page : Documentation.pages()) {
            Matcher examples = EXAMPLE.matcher(Files.readString(page));
            while (examples.find()) {
                String source = Files.readString(Path.of(examples.group(1)));
                assertThat(stripped(source)).as("the example of %s from %s", page, examples.group(1)).contains(stripped(examples.group(2)));
                checked.add(page + " " + examples.group(1));
            }
        }
        assertThat(checked).as("marked examples").anyMatch(example -> example.startsWith("README.md"))
                .anyMatch(example -> example.startsWith("docs")).hasSizeGreaterThanOrEqualTo(8);
    }

    /** Lines without their indentation, since an example may be cut out of a more deeply indented block. */
    private static String stripped(String text) {
        return String.join("\n", text.lines().map(String::strip).toList());
    }
}

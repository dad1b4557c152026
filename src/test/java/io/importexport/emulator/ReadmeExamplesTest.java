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
 * Each README code block marked {@code <!-- example: PATH -->} must stand, line for line, in that file, which the
 * build compiles and runs: the examples in the README cannot rot.
 */
class ReadmeExamplesTest {
    private static final Pattern EXAMPLE = Pattern.compile("<!-- example: (\\S+) -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void everyMarkedExampleIsInTheFileItNames() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher examples = EXAMPLE.matcher(readme);
        List<String> checked = new ArrayList<>();
        while (examples.find()) {
            String source = Files.readString(Path.of(examples.group(1)));
            assertThat(stripped(source)).as("the README example from %s", examples.group(1)).contains(stripped(examples.group(2)));
            checked.add(examples.group(1));
        }
        assertThat(checked).as("marked examples in the README").hasSizeGreaterThanOrEqualTo(4);
    }

    /** Lines without their indentation, since an example may be cut out of a more deeply indented block. */
    private static String stripped(String text) {
        return String.join("\n", text.lines().map(String::strip).toList());
    }
}

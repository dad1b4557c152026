package io.importexport.emulator.server;

import io.importexport.emulator.config.EmulatorOptionsPropertiesTest;
import io.importexport.emulator.config.Option;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Any text in any variable: the command line accepts it, or refuses it in one line naming the variable, exit 2. */
class CommandLinePropertiesTest {

    @Property(tries = 500)
    void aBadVariableIsRefusedInOneLineNamingIt(@ForAll("options") Option<?> option, @ForAll("texts") String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.Parsed parsed = Main.configure(EmulatorOptionsPropertiesTest.companion(option), Map.of(option.environmentVariable(), text),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String error = err.toString(StandardCharsets.UTF_8);
        if (parsed.config() == null) {
            assertThat(parsed.exitCode()).isEqualTo(2);
            assertThat(error.lines()).singleElement().asString()
                    .startsWith("importexport-emulator: " + option.environmentVariable() + " must be ");
        } else {
            assertThat(error).isEmpty();
        }
    }

    @Provide
    Arbitrary<Option<?>> options() {
        return EmulatorOptionsPropertiesTest.options();
    }

    @Provide
    Arbitrary<String> texts() {
        return EmulatorOptionsPropertiesTest.texts();
    }
}

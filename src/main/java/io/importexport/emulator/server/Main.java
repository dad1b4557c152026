package io.importexport.emulator.server;

import io.importexport.emulator.config.CommandLineOptions;
import io.importexport.emulator.config.EmulatorConfig;
import io.importexport.emulator.config.EmulatorOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar importexport-emulator.jar [options]}: the options of {@link io.importexport.emulator.config.EmulatorOptions},
 * each also read from its environment variable. A refused value is one line on stderr and exit code 2.
 */
public final class Main {
    static final String NAME = "importexport-emulator";
    private static final String PRINT_OPTIONS = "--print-options";
    /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final List<Logger> CHATTY = List.of(Logger.getLogger("org.glassfish"), Logger.getLogger("com.zaxxer.hikari"),
            Logger.getLogger("org.flywaydb"));

    private Main() {
    }

    public static void main(String[] args) {
        // one line per log record: time, level, logger, message
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n");
        Parsed parsed = configure(args, System.getenv(), System.out, System.err);
        System.exit(parsed.config() == null ? parsed.exitCode() : serve(parsed.config(), System.err));
    }

    /** What the command line asks for: an emulator with this configuration, or (config null) to exit with the code. */
    record Parsed(EmulatorConfig config, int exitCode) {
    }

    /** Reads the command line and the environment; prints help, the version or what is wrong (then config is null). */
    static Parsed configure(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        CommandLine command = CommandLineOptions.commandLine(commandSpec());
        command.setOut(new PrintWriter(out, true));
        ParseResult parsed;
        try {
            parsed = CommandLineOptions.parse(command, args);
        } catch (CommandLine.ParameterException e) {
            err.println(NAME + ": " + e.getMessage() + " (see --help)");
            return new Parsed(null, 2);
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return new Parsed(null, 0);
        }
        if (parsed.hasMatchedOption(PRINT_OPTIONS)) {
            out.println(CommandLineOptions.describeAsJson());
            return new Parsed(null, 0);
        }
        try {
            return new Parsed(CommandLineOptions.apply(parsed, environment, EmulatorConfig.builder()).build(), 0);
        } catch (IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            return new Parsed(null, 2);
        }
    }

    static CommandSpec commandSpec() {
        CommandSpec spec = CommandLineOptions.spec(NAME).mixinStandardHelpOptions(true).version(NAME + " " + EmulatorVersion.VERSION);
        spec.addOption(CommandLine.Model.OptionSpec.builder(PRINT_OPTIONS).arity("0")
                .description("Print every option as JSON (name, flag, environment variable, default, values, help) and exit.").build());
        spec.usageMessage().description("A local emulator of the AWS Import/Export API (2010-06-01). Prints one line "
                + "'" + ReadyLine.of("http://HOST:PORT") + "' once it accepts requests.").autoWidth(true).sortOptions(false);
        return spec;
    }

    private static int serve(EmulatorConfig config, PrintStream err) {
        CHATTY.forEach(logger -> logger.setLevel(Level.WARNING)); // start-up chatter of Grizzly, the pool, migrations
        EmulatorServer server;
        try {
            server = EmulatorServer.start(config);
        } catch (BindException e) {
            err.println(NAME + ": cannot listen on " + config.get(EmulatorOptions.HOST) + ":" + config.get(EmulatorOptions.PORT) + ": " + e.getMessage());
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            return 2;
        } catch (RuntimeException e) { // the durable store could not be opened: locked, unreachable, refused
            err.println(NAME + ": cannot open the job store: " + rootMessage(e));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "shutdown"));
        System.out.println(ReadyLine.of(server.url()));
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).lines().findFirst().orElse(root.getClass().getSimpleName());
    }
}

package io.importexport.emulator.server;

import io.importexport.emulator.config.CommandLineOptions;
import io.importexport.emulator.config.EmulatorConfig;
import io.importexport.emulator.config.FileRefusals;
import io.importexport.emulator.replay.Replays;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar importexport-emulator.jar [options]}: the options of {@link io.importexport.emulator.config.EmulatorOptions},
 * each also read from its environment variable. A refused value is one line on stderr and exit code 2.
 */
public final class Main {
    private static final String NAME = EmulatorVersion.NAME;
    static final String PRINT_OPTIONS = "--print-options";
    private static final String REPLAY = "replay";
    /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */

    private Main() {
    }

    public static void main(String[] args) {
        // one line per log record: time, level, logger, message
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n");
        if (args.length > 0 && args[0].equals(REPLAY)) {
            System.exit(replay(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
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

    /**
     * {@code replay [--update] DIR...}: replays every recorded session under each DIR, prints a line per session (and
     * the diff of each mismatch), then "N passed, N failed"; exit 1 on any mismatch, 2 on bad arguments.
     */
    static int replay(String[] args, PrintStream out, PrintStream err) {
        CommandSpec spec = CommandSpec.create().name(NAME + " " + REPLAY).mixinStandardHelpOptions(true);
        spec.usageMessage().description("Replays recorded wire-sample sessions against a fresh emulator each, as their "
                + "session.properties say, and shows how each response differs from its recording.");
        spec.addOption(CommandLine.Model.OptionSpec.builder("--update").arity("0")
                .description("Write the responses the emulator gives now into the recordings that differ.").build());
        spec.addPositional(CommandLine.Model.PositionalParamSpec.builder().paramLabel("DIR").arity("1..*").type(String[].class)
                .description("A session folder, or a folder holding several.").build());
        CommandLine command = new CommandLine(spec);
        command.setOut(new PrintWriter(out, true));
        ParseResult parsed;
        try {
            parsed = command.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println(NAME + " " + REPLAY + ": " + e.getMessage() + " (see replay --help)");
            return 2;
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return 0;
        }
        if (parsed.matchedPositionals().isEmpty()) {
            err.println(NAME + " " + REPLAY + ": name at least one DIR, a session folder or a folder holding several (see replay --help)");
            return 2;
        }
        boolean update = parsed.hasMatchedOption("--update");
        List<Path> roots = Arrays.stream(parsed.matchedPositionals().get(0).<String[]>getValue()).map(Path::of).toList();
        Replays.Outcome outcome = Replays.run(roots, update, EmulatorServer::start, result -> out.println(result.report()));
        outcome.unreadable().forEach(folder -> err.println(NAME + " " + REPLAY + ": " + folder));
        out.println(outcome.summary(update));
        // --update rewrote the sessions that differed; a folder it could not replay fails the command either way
        return !outcome.unreadable().isEmpty() || outcome.failed() > 0 && !update ? 1 : 0;
    }

    static CommandSpec commandSpec() {
        CommandSpec spec = CommandLineOptions.spec(NAME).mixinStandardHelpOptions(true).version(NAME + " " + EmulatorVersion.VERSION);
        spec.addOption(CommandLine.Model.OptionSpec.builder(PRINT_OPTIONS).arity("0")
                .description("Print every option as JSON (name, flag, environment variable, default, values, help) and exit.").build());
        spec.usageMessage().description("A local emulator of the AWS Import/Export API (2010-06-01). Prints one line "
                + "'" + ReadyLine.of("http://HOST:PORT") + "' once it accepts requests. '" + NAME + " " + REPLAY
                + " DIR...' replays recorded sessions instead (see replay --help).").autoWidth(true).sortOptions(false);
        return spec;
    }

    private static int serve(EmulatorConfig config, PrintStream err) {
        EmulatorServer server;
        try {
            server = EmulatorServer.start(config);
        } catch (BindException e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            return 2;
        } catch (StoreUnavailableException e) {
            err.println(NAME + ": cannot open the job store: " + rootMessage(e));
            return 1;
        } catch (RuntimeException e) { // a bug of the emulator's: one line that names it, not a stack trace
            err.println(NAME + ": cannot start: " + e);
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "shutdown"));
        System.out.println(ReadyLine.of(server.url()));
        server.https().ifPresent(https -> System.out.println(NAME + " also listening on " + https.url()
                + https.caFile().map(file -> "; clients verify it with the CA certificate " + file).orElse("")));
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The first line of the deepest cause; a file the system refused is named with the reason, not alone. */
    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof FileSystemException file) {
            return FileRefusals.describe(file);
        }
        return String.valueOf(root.getMessage()).lines().findFirst().orElse(root.getClass().getSimpleName());
    }
}

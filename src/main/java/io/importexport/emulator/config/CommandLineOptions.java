package io.importexport.emulator.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link EmulatorOptions} on a command line (picocli), and in the environment: a value on the command line wins over
 * the environment variable, which wins over the default. A bad value's message names where it came from.
 */
public final class CommandLineOptions {
    private CommandLineOptions() {
    }

    /** A command with one {@code --name VALUE} option per declaration (values as text, checked by {@link #apply}). */
    public static CommandSpec spec(String commandName) {
        CommandSpec spec = CommandSpec.create().name(commandName);
        for (Option<?> option : EmulatorOptions.all()) {
            spec.addOption(OptionSpec.builder(option.flag()).paramLabel(option.paramLabel()).type(String.class)
                    .description(help(option)).build());
        }
        return spec;
    }

    /**
     * Every option as JSON, for launchers in other languages (the Python package takes its keyword arguments from
     * it): {@code [{"name", "flag", "environmentVariable", "default", "values", "parameter", "help", "secret"}]}; a launcher
     * passes a secret in its variable, where other users' {@code ps} cannot read it.
     */
    public static String describeAsJson() {
        List<Map<String, Object>> options = new ArrayList<>();
        for (Option<?> option : EmulatorOptions.all()) {
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("name", option.name());
            described.put("flag", option.flag());
            described.put("environmentVariable", option.environmentVariable());
            described.put("default", option.defaultText().orElse(null));
            described.put("values", option.describeValues());
            described.put("parameter", option.paramLabel());
            described.put("help", option.help());
            described.put("secret", option.isSecret());
            options.add(described);
        }
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of texts are always serializable", e);
        }
    }

    /**
     * A command line over {@code spec}. A value that looks like an option ({@code --host=--port}) is taken as the value,
     * so that the option's own rule refuses it in the option's words.
     */
    public static CommandLine commandLine(CommandSpec spec) {
        // the emulator takes no positional arguments, so "--" ends nothing: it may be a value like any other
        spec.parser().endOfOptionsDelimiter("\u0000");
        return new CommandLine(spec).setAllowOptionsAsOptionParameters(true);
    }

    /** The help line: what it does, what its values must be, its environment variable and its default. */
    static String help(Option<?> option) {
        return option.help() + " Value: " + option.describeValues() + ". Env " + option.environmentVariable()
                + option.defaultText().map(text -> "; default " + text).orElse("") + ".";
    }

    /**
     * Sets on {@code into} every option the parsed command line gives, and, for the others, those the environment
     * gives (variables set to an empty text count as given: {@code IMPORTEXPORT_HOST=} is refused, not ignored).
     *
     * @throws IllegalArgumentException naming the flag or the variable and the rule, for the first bad value
     */
    public static EmulatorConfig.Builder apply(ParseResult parsed, Map<String, String> environment, EmulatorConfig.Builder into) {
        for (Option<?> option : EmulatorOptions.all()) {
            OptionSpec given = parsed.matchedOption(option.flag());
            if (given != null) {
                into.set(option, option.flag(), given.getValue());
            } else if (environment.containsKey(option.environmentVariable())) {
                into.set(option, option.environmentVariable(), environment.get(option.environmentVariable()));
            }
        }
        return into;
    }

    /** Arguments as on the command line, without an environment. */
    static void apply(List<String> arguments, Map<String, String> environment, EmulatorConfig.Builder into) {
        try {
            apply(parse(commandLine(spec("importexport-emulator")), arguments.toArray(String[]::new)), environment, into);
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Parses the arguments; an option given without a value is refused in the option's words
     * ({@code --port needs a value: a whole number from 0 to 65535}), anything else in picocli's.
     */
    public static ParseResult parse(CommandLine command, String... arguments) {
        try {
            return command.parseArgs(arguments);
        } catch (CommandLine.MissingParameterException e) {
            String message = e.getMissing().stream().filter(OptionSpec.class::isInstance).map(OptionSpec.class::cast).findFirst()
                    .flatMap(missing -> EmulatorOptions.named(missing.longestName()))
                    .map(option -> option.flag() + " needs a value: " + option.describeValues())
                    .orElse(e.getMessage());
            throw new CommandLine.ParameterException(command, message, e);
        }
    }
}

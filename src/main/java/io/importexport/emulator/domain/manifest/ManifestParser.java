package io.importexport.emulator.domain.manifest;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses manifest text the way the service did (service.md §8.1): YAML, except that {@code name:value} without a
 * space after the colon is accepted, and every scalar is kept as the text written ({@code 2.0}, {@code no},
 * {@code 49382} stay strings). Manifests written as the documentation shows them are read by
 * {@link PlainManifestReader} (package-info); everything else goes to SnakeYAML. The YAML path works on
 * SnakeYAML's node graph rather than constructed objects, so YAML typing never applies and hostile input is bounded:
 * few aliases, shallow nesting, a cap on visited nodes (an alias can point back at its own collection).
 */
public final class ManifestParser {
    static final int MAX_ALIASES = 16;
    static final int MAX_DEPTH = 16;
    static final int MAX_NODES = 20_000;

    private static final Pattern NO_SPACE_AFTER_COLON =
            Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z][A-Za-z0-9]*):(\\S)", Pattern.MULTILINE);
    private static final String NOT_WELL_FORMED = "Your manifest is not well-formed";

    /**
     * Every scalar is read as the text written, so the regular expressions that type YAML scalars (booleans,
     * numbers, timestamps) would be wasted work on every value; without them the resolver is stateless and shared.
     */
    private static final Resolver TEXT_ONLY = new Resolver() {
        @Override
        protected void addImplicitResolvers() {
        }
    };

    private final LoaderOptions options;

    public ManifestParser() {
        options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
    }

    /** The manifest's top-level mapping, or {@code MalformedManifestException}. */
    public ManifestSection parse(String text) {
        Map<String, Object> plain = PlainManifestReader.read(text);
        return new ManifestSection("", plain != null ? plain : readYaml(text));
    }

    /** The top-level mapping as SnakeYAML reads the text (after the lenient {@code name:value} rewrite). */
    Map<String, Object> readYaml(String text) {
        String lenient = NO_SPACE_AFTER_COLON.matcher(text).replaceAll("$1$2: $3");
        Node root;
        try {
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(lenient)), options), TEXT_ONLY, options).getSingleNode();
        } catch (ReaderException e) {
            throw malformed(String.format("character U+%04X at position %d is not allowed", e.getCodePoint(), e.getPosition()));
        } catch (MarkedYAMLException e) {
            throw malformed(describe(e));
        } catch (YAMLException e) {
            throw malformed(e.getMessage());
        }
        if (!(root instanceof MappingNode mapping)) {
            throw malformed(null);
        }
        return new NodeReader().mapping(mapping);
    }

    private static String describe(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
        return mark == null ? problem : problem + " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }

    static ServiceException malformed(String detail) {
        return new ServiceException(ErrorCode.MalformedManifestException,
                detail == null ? NOT_WELL_FORMED : NOT_WELL_FORMED + ": " + detail);
    }

    /**
     * Turns nodes into strings, lists and insertion-ordered maps, counting every node it visits and bounding its
     * depth: the composer limits nesting in the text, but an alias can make a collection contain itself.
     */
    private static final class NodeReader {
        private int visited;
        private int depth;

        Object value(Node node) {
            if (++visited > MAX_NODES) {
                throw malformed("more than " + MAX_NODES + " values (aliases expand to their targets)");
            }
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            if (++depth > MAX_DEPTH) {
                throw malformed("values are nested more than " + MAX_DEPTH + " levels deep");
            }
            Object value;
            if (node instanceof SequenceNode sequence) {
                List<Object> items = new ArrayList<>(sequence.getValue().size());
                for (Node item : sequence.getValue()) {
                    items.add(value(item));
                }
                value = items;
            } else {
                value = mapping((MappingNode) node);
            }
            depth--;
            return value;
        }

        Map<String, Object> mapping(MappingNode node) {
            Map<String, Object> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : node.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw malformed("option names must be plain text" + at(tuple.getKeyNode()));
                }
                if (entries.containsKey(key.getValue())) {
                    throw malformed("option " + key.getValue() + " appears more than once" + at(key));
                }
                entries.put(key.getValue(), value(tuple.getValueNode()));
            }
            return entries;
        }

        private static String at(Node node) {
            Mark mark = node.getStartMark();
            return mark == null ? "" : " (line " + (mark.getLine() + 1) + ")";
        }
    }
}

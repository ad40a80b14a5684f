package io.newsflow.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads {@code newsflow.yaml} into a {@link NewsflowConfig}: substitutes {@code ${VAR:default}}
 * from an injected lookup (tests never read the real environment), binds the YAML to the typed
 * records and validates them, reporting every problem at once in one {@link ConfigException}.
 */
public final class ConfigLoader {
    private static final Pattern VARIABLE =
            Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?}");

    private final Function<String, String> environment;

    public ConfigLoader(Function<String, String> environment) {
        this.environment = environment;
    }

    /** A loader reading the process environment. */
    public static ConfigLoader fromSystemEnvironment() {
        return new ConfigLoader(System::getenv);
    }

    public NewsflowConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(
                    file.toString(), java.util.List.of("cannot read the file: " + e));
        }
        return parse(text, file.toString());
    }

    /** Parses, binds and validates YAML text; {@code source} names it in error messages. */
    public NewsflowConfig parse(String yaml, String source) {
        var problems = new Problems();
        String substituted = substitute(yaml, problems);
        NewsflowConfig config = NewsflowConfig.defaults();
        try {
            JsonNode tree = mapper(problems).readTree(substituted);
            if (tree != null && !tree.isMissingNode() && !tree.isNull()) {
                if (!tree.isObject()) {
                    problems.add("(top)", "must be a mapping of sections such as 'kafka:'");
                } else {
                    NewsflowConfig bound = mapper(problems).treeToValue(tree, NewsflowConfig.class);
                    if (bound != null) {
                        config = bound;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add("(yaml)", firstLine(e.getMessage()));
        }
        if (problems.isEmpty()) {
            config.validate("", problems);
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems.list());
        }
        return config;
    }

    String substitute(String text, Problems problems) {
        Matcher m = VARIABLE.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            String value = environment.apply(m.group(1));
            if (value == null) {
                value = m.group(2);
            }
            if (value == null) {
                problems.add(
                        "${" + m.group(1) + "}",
                        "environment variable is not set and has no default (write ${"
                                + m.group(1)
                                + ":default})");
                value = "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static ObjectMapper mapper(Problems problems) {
        var durations =
                new SimpleModule().addDeserializer(Duration.class, new DurationDeserializer());
        return JsonMapper.builder(new YAMLFactory())
                .addModule(durations)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addHandler(new CollectingHandler(problems))
                .build();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String path(JsonParser p, String leaf) {
        String pointer = p.getParsingContext().pathAsPointer().toString();
        String dotted = pointer.replace('/', '.').replaceFirst("^\\.", "");
        if (leaf != null && !dotted.endsWith(leaf)) {
            dotted = dotted.isEmpty() ? leaf : dotted + "." + leaf;
        }
        return dotted.isEmpty() ? "(top)" : dotted;
    }

    /** Records binding problems instead of stopping at the first one. */
    private static final class CollectingHandler extends DeserializationProblemHandler {
        private final Problems problems;

        CollectingHandler(Problems problems) {
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(
                DeserializationContext ctxt,
                JsonParser p,
                JsonDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName)
                throws IOException {
            problems.add(path(p, propertyName), "unknown setting");
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(
                DeserializationContext ctxt,
                Class<?> targetType,
                String valueToConvert,
                String failureMsg) {
            problems.add(
                    path(ctxt.getParser(), null),
                    "'"
                            + valueToConvert
                            + "' is not a valid "
                            + targetType.getSimpleName()
                            + (failureMsg == null ? "" : " (" + failureMsg + ")"));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(
                DeserializationContext ctxt,
                Class<?> targetType,
                Number valueToConvert,
                String failureMsg) {
            problems.add(
                    path(ctxt.getParser(), null),
                    valueToConvert + " is not a valid " + targetType.getSimpleName());
            return null;
        }

        @Override
        public Object handleUnexpectedToken(
                DeserializationContext ctxt,
                JavaType targetType,
                com.fasterxml.jackson.core.JsonToken t,
                JsonParser p,
                String failureMsg)
                throws IOException {
            problems.add(
                    path(p, null),
                    "expected " + targetType.getRawClass().getSimpleName() + ", found " + t);
            p.skipChildren();
            return null;
        }
    }

    private static final class DurationDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            try {
                return Durations.parse(text);
            } catch (IllegalArgumentException e) {
                return (Duration) ctxt.handleWeirdStringValue(Duration.class, text, e.getMessage());
            }
        }
    }
}

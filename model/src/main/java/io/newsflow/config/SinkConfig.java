package io.newsflow.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Where and how the sinks write enriched records: the file sink's directory, compression, date
 * field and rolling limits, its consumer group, and the routing rules that copy records to extra
 * topics.
 *
 * @param outDir root of the partitioned files ({@code out/date=…/lang=…/…})
 * @param gzip whether files are gzip-compressed ({@code .jsonl.gz})
 * @param dateField which timestamp names a record's {@code date=} partition: {@code published}
 *     (falls back to {@code fetched}) or {@code fetched}
 * @param roll when an open set of files is committed
 * @param groupId the file sink's consumer group; default {@code <kafka.applicationId>-file-sink}
 * @param routes rules copying enriched records to additional topics
 */
public record SinkConfig(
        Path outDir, Boolean gzip, String dateField, Roll roll, String groupId, List<Route> routes)
        implements ConfigPart {

    public static final String DATE_PUBLISHED = "published";
    public static final String DATE_FETCHED = "fetched";

    public SinkConfig {
        outDir = outDir == null ? Path.of("out") : outDir;
        gzip = gzip != null && gzip;
        dateField =
                dateField == null || dateField.isBlank()
                        ? DATE_PUBLISHED
                        : dateField.strip().toLowerCase(Locale.ROOT);
        roll = roll == null ? Roll.defaults() : roll;
        groupId = groupId == null || groupId.isBlank() ? null : groupId.strip();
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    /** The original one-argument form: a directory and every other setting at its default. */
    public SinkConfig(Path outDir) {
        this(outDir, null, null, null, null, null);
    }

    public static SinkConfig defaults() {
        return new SinkConfig((Path) null);
    }

    public SinkConfig withOutDir(Path dir) {
        return new SinkConfig(dir, gzip, dateField, roll, groupId, routes);
    }

    public SinkConfig withGzip(boolean on) {
        return new SinkConfig(outDir, on, dateField, roll, groupId, routes);
    }

    public SinkConfig withDateField(String field) {
        return new SinkConfig(outDir, gzip, field, roll, groupId, routes);
    }

    public SinkConfig withRoll(Roll newRoll) {
        return new SinkConfig(outDir, gzip, dateField, newRoll, groupId, routes);
    }

    public SinkConfig withGroupId(String id) {
        return new SinkConfig(outDir, gzip, dateField, roll, id, routes);
    }

    public SinkConfig withRoutes(List<Route> newRoutes) {
        return new SinkConfig(outDir, gzip, dateField, roll, groupId, newRoutes);
    }

    /** The consumer group of the file sink under the given application id. */
    public String groupIdOr(String applicationId) {
        return groupId != null ? groupId : applicationId + "-file-sink";
    }

    @Override
    public void validate(String path, Problems problems) {
        problems.require(
                dateField.equals(DATE_PUBLISHED) || dateField.equals(DATE_FETCHED),
                path + ".dateField",
                "must be 'published' or 'fetched', was '" + dateField + "'");
        roll.validate(path + ".roll", problems);
        for (int i = 0; i < routes.size(); i++) {
            if (routes.get(i) == null) {
                problems.add(path + ".routes[" + i + "]", "is empty");
            } else {
                routes.get(i).validate(path + ".routes[" + i + "]", problems);
            }
        }
    }

    /**
     * When the file sink commits what it has written for a Kafka partition: as soon as one file
     * reaches {@code maxBytes} (JSON Lines bytes before compression) or {@code maxRecords}, or the
     * oldest record waits {@code maxAge}. Small limits mean fresher files and more of them; each
     * commit costs an fsync.
     */
    public record Roll(Long maxBytes, Long maxRecords, Duration maxAge) implements ConfigPart {
        public Roll {
            maxBytes = maxBytes == null ? 128L * 1024 * 1024 : maxBytes;
            maxRecords = maxRecords == null ? 100_000L : maxRecords;
            maxAge = maxAge == null ? Duration.ofMinutes(1) : maxAge;
        }

        public static Roll defaults() {
            return new Roll(null, null, null);
        }

        @Override
        public void validate(String path, Problems problems) {
            problems.require(
                    maxBytes >= 1, path + ".maxBytes", "must be at least 1, was " + maxBytes);
            problems.require(
                    maxRecords >= 1, path + ".maxRecords", "must be at least 1, was " + maxRecords);
            problems.require(
                    !maxAge.isNegative() && !maxAge.isZero(),
                    path + ".maxAge",
                    "must be positive, was " + maxAge);
        }
    }

    /**
     * One routing rule: enriched records matching every given condition are copied to {@code to}.
     * Each condition lists alternatives (any may match): {@code lang} language codes, {@code topic}
     * IPTC codes or label slugs, {@code entity} Wikidata QIDs, {@code source} feed ids or source
     * names. Without {@code to}, a rule with one condition gets a derived topic name ({@code
     * news.lang.id-ms}, {@code news.topic.politics}, {@code news.entity.Q30}, {@code
     * news.source.antara}).
     */
    public record Route(
            List<String> lang,
            List<String> topic,
            List<String> entity,
            List<String> source,
            String to)
            implements ConfigPart {
        public Route {
            lang = lang == null ? List.of() : List.copyOf(lang);
            topic = topic == null ? List.of() : List.copyOf(topic);
            entity = entity == null ? List.of() : List.copyOf(entity);
            source = source == null ? List.of() : List.copyOf(source);
            to = to == null || to.isBlank() ? null : to.strip();
        }

        public static Route lang(String... codes) {
            return new Route(List.of(codes), null, null, null, null);
        }

        public static Route topic(String... codesOrSlugs) {
            return new Route(null, List.of(codesOrSlugs), null, null, null);
        }

        public static Route entity(String... qids) {
            return new Route(null, null, List.of(qids), null, null);
        }

        public static Route source(String... feedsOrSources) {
            return new Route(null, null, null, List.of(feedsOrSources), null);
        }

        public Route to(String topicName) {
            return new Route(lang, topic, entity, source, topicName);
        }

        /** How many kinds of condition the rule sets. */
        public int conditionCount() {
            return (lang.isEmpty() ? 0 : 1)
                    + (topic.isEmpty() ? 0 : 1)
                    + (entity.isEmpty() ? 0 : 1)
                    + (source.isEmpty() ? 0 : 1);
        }

        @Override
        public void validate(String path, Problems problems) {
            problems.require(
                    conditionCount() >= 1,
                    path,
                    "needs at least one of lang, topic, entity, source");
            problems.require(
                    to != null || conditionCount() <= 1,
                    path + ".to",
                    "is required when a rule combines several conditions");
            problems.require(
                    to == null || to.matches("[A-Za-z0-9._-]{1,200}"),
                    path + ".to",
                    "may hold only letters, digits, '.', '_' and '-', was '" + to + "'");
            for (String entityId : entity) {
                problems.require(
                        entityId != null && entityId.strip().matches("[Qq][0-9]+"),
                        path + ".entity",
                        "'" + entityId + "' is not a Wikidata QID such as Q30");
            }
        }
    }
}

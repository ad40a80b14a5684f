package io.newsflow.config;

/**
 * The whole configuration of newsflow, one typed record per part. Loaded by {@link ConfigLoader}
 * from {@code newsflow.yaml}; flags override it through the {@code withX} methods.
 */
public record NewsflowConfig(
        KafkaConfig kafka,
        BrokerConfig broker,
        PollerConfig poller,
        IdentityConfig identity,
        LanguageConfig language,
        SinkConfig sink,
        MetricsConfig metrics,
        TopicsConfig topics,
        EntitiesConfig entities)
        implements ConfigPart {

    public NewsflowConfig {
        kafka = kafka == null ? KafkaConfig.defaults() : kafka;
        broker = broker == null ? BrokerConfig.defaults() : broker;
        poller = poller == null ? PollerConfig.defaults() : poller;
        identity = identity == null ? IdentityConfig.defaults() : identity;
        language = language == null ? LanguageConfig.defaults() : language;
        sink = sink == null ? SinkConfig.defaults() : sink;
        metrics = metrics == null ? MetricsConfig.defaults() : metrics;
        topics = topics == null ? TopicsConfig.defaults() : topics;
        entities = entities == null ? EntitiesConfig.defaults() : entities;
    }

    public static NewsflowConfig defaults() {
        return new NewsflowConfig(null, null, null, null, null, null, null, null, null);
    }

    public NewsflowConfig withKafka(KafkaConfig part) {
        return new NewsflowConfig(
                part, broker, poller, identity, language, sink, metrics, topics, entities);
    }

    public NewsflowConfig withBroker(BrokerConfig part) {
        return new NewsflowConfig(
                kafka, part, poller, identity, language, sink, metrics, topics, entities);
    }

    public NewsflowConfig withPoller(PollerConfig part) {
        return new NewsflowConfig(
                kafka, broker, part, identity, language, sink, metrics, topics, entities);
    }

    public NewsflowConfig withIdentity(IdentityConfig part) {
        return new NewsflowConfig(
                kafka, broker, poller, part, language, sink, metrics, topics, entities);
    }

    public NewsflowConfig withLanguage(LanguageConfig part) {
        return new NewsflowConfig(
                kafka, broker, poller, identity, part, sink, metrics, topics, entities);
    }

    public NewsflowConfig withSink(SinkConfig part) {
        return new NewsflowConfig(
                kafka, broker, poller, identity, language, part, metrics, topics, entities);
    }

    public NewsflowConfig withMetrics(MetricsConfig part) {
        return new NewsflowConfig(
                kafka, broker, poller, identity, language, sink, part, topics, entities);
    }

    public NewsflowConfig withEntities(EntitiesConfig part) {
        return new NewsflowConfig(
                kafka, broker, poller, identity, language, sink, metrics, topics, part);
    }

    public NewsflowConfig withTopics(TopicsConfig part) {
        return new NewsflowConfig(
                kafka, broker, poller, identity, language, sink, metrics, part, entities);
    }

    @Override
    public void validate(String path, Problems problems) {
        kafka.validate("kafka", problems);
        broker.validate("broker", problems);
        poller.validate("poller", problems);
        identity.validate("identity", problems);
        language.validate("language", problems);
        sink.validate("sink", problems);
        metrics.validate("metrics", problems);
        topics.validate("topics", problems);
        entities.validate("entities", problems);
    }

    /** This configuration, or a {@link ConfigException} listing every problem. */
    public NewsflowConfig validated(String source) {
        var problems = new Problems();
        validate("", problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems.list());
        }
        return this;
    }
}

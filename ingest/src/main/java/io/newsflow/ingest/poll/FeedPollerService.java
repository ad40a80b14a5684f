package io.newsflow.ingest.poll;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.config.NewsflowConfig;
import io.newsflow.kafka.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed poller as a running part of newsflow: joins the poller consumer group over {@code
 * news.feeds}, polls the feeds it is given, publishes new items to {@code news.articles.raw} and
 * remembers each feed in {@code news.feeds.state}. The topics must exist and be ready (created by
 * {@code TopicAdmin}) before {@link #start()}.
 */
public final class FeedPollerService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedPollerService.class);

    private final NewsflowConfig config;
    private final String bootstrapServers;
    private final Topics topics;
    private final MeterRegistry registry;
    private final Clock clock;
    private final RandomGenerator random;
    private KafkaFeedSinks sinks;
    private FeedPoller poller;
    private FeedAssignment assignment;
    private Thread assignmentThread;

    public FeedPollerService(
            NewsflowConfig config, String bootstrapServers, Topics topics, MeterRegistry registry) {
        this(config, bootstrapServers, topics, registry, Clock.systemUTC(), new SplittableRandom());
    }

    public FeedPollerService(
            NewsflowConfig config,
            String bootstrapServers,
            Topics topics,
            MeterRegistry registry,
            Clock clock,
            RandomGenerator random) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.registry = registry;
        this.clock = clock;
        this.random = random;
    }

    /** The consumer group of all poller instances sharing one catalog. */
    public static String groupId(NewsflowConfig config) {
        return config.kafka().applicationId() + "-poller";
    }

    public synchronized FeedPollerService start() {
        var props = config.kafka().properties();
        sinks =
                new KafkaFeedSinks(
                        KafkaFeedSinks.producer(bootstrapServers, props),
                        topics.raw(),
                        topics.feedState());
        poller = FeedPoller.create(config.poller(), sinks, sinks, registry, clock, random).start();
        assignment =
                new FeedAssignment(
                        bootstrapServers,
                        props,
                        groupId(config),
                        topics,
                        poller,
                        sinks,
                        config.poller().requestTimeout().plus(Duration.ofSeconds(5)));
        assignmentThread = new Thread(assignment, "newsflow-poll-assignment");
        assignmentThread.setDaemon(true);
        assignmentThread.start();
        log.info(
                "feed poller started: group {}, concurrency {}, intervals {}..{}",
                groupId(config),
                config.poller().concurrency(),
                config.poller().minInterval(),
                config.poller().maxInterval());
        return this;
    }

    /** The poller itself, for health views and tests. */
    public FeedPoller poller() {
        return poller;
    }

    @Override
    public synchronized void close() {
        if (assignment != null) {
            assignment.close();
            try {
                assignmentThread.join(config.poller().requestTimeout().toMillis() + 20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (poller != null) {
            poller.close();
        }
        if (sinks != null) {
            sinks.close();
        }
        assignment = null;
        poller = null;
        sinks = null;
    }
}

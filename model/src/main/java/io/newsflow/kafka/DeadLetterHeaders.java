package io.newsflow.kafka;

/**
 * Header names on {@code news.dlq} records: every stage that dead-letters a record sets all of
 * them, so an operator can find the original and see why it was rejected.
 */
public final class DeadLetterHeaders {
    public static final String STAGE = "newsflow.dlq.stage";
    public static final String ERROR_CLASS = "newsflow.dlq.error.class";
    public static final String ERROR_MESSAGE = "newsflow.dlq.error.message";
    public static final String SOURCE_TOPIC = "newsflow.dlq.source.topic";
    public static final String SOURCE_PARTITION = "newsflow.dlq.source.partition";
    public static final String SOURCE_OFFSET = "newsflow.dlq.source.offset";

    private DeadLetterHeaders() {}
}

package io.newsflow.ingest.poll;

import io.newsflow.model.RawArticle;
import java.util.List;

/** Where a poll's new articles go; returns only when every one is acknowledged. */
public interface ArticleSink {
    /**
     * Publishes the articles and waits for every acknowledgement.
     *
     * @throws PublishException when any article was not acknowledged; none is then considered
     *     published, so the next poll offers them again
     */
    void publish(String feedId, List<RawArticle> articles) throws PublishException;

    /** An article batch that did not reach its destination. */
    final class PublishException extends Exception {
        public PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

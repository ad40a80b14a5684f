/**
 * The corpus replayer: publishes the built-in seeds, a directory of text files or a JSON Lines file
 * of raw articles to {@code news.articles.raw}. Knows nothing of feeds or HTTP.
 */
package io.newsflow.ingest.replay;

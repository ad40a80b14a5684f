/**
 * The language step's benchmark: load time, retained heap, articles/s and titles/s on one thread
 * (as ratios against the bare OpenNLP model call measured in the same run), and accuracy on the
 * langid-dev sets when they are present.
 */
package io.newsflow.bench.language;

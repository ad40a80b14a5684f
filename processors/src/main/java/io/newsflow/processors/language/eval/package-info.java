/**
 * Measuring the language detector on the langid-dev sets (Tatoeba sentences, WordPress paragraphs,
 * UDHR chunks) when they are present beside the repository: used by the accuracy test and the
 * benchmark. Nothing here runs in the pipeline.
 */
package io.newsflow.processors.language.eval;

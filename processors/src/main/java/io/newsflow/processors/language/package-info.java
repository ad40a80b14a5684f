/**
 * The detect-language step: OpenNLP's langdetect model restricted to an allow-list, the feed's
 * declared language as a prior, and an Indonesian/Malay lexical discriminator, combined into one
 * {@link io.newsflow.model.Language}. Only {@link
 * io.newsflow.processors.language.OpenNlpLanguageModel} touches OpenNLP; nothing here knows Kafka.
 */
package io.newsflow.processors.language;

/**
 * The tag-entities step: people, organisations and places found by a Wikidata-linked gazetteer (a
 * trie of aliases walked from word starts), title rules and a trained OpenNLP name finder, merged
 * per article. Owns the entity resources; knows nothing of Kafka.
 */
package io.newsflow.processors.entities;

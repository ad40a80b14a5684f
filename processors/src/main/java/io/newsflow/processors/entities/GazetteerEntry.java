package io.newsflow.processors.entities;

import io.newsflow.model.EntityType;

/**
 * One entity of the gazetteer: its Wikidata id ({@code null} for curated entries whose id could not
 * be verified), coarse type, finer subtype (COUNTRY, CITY, POLITICAL_PARTY, MEDIA … or {@code
 * null}) and canonical name. {@code key} identifies it within the gazetteer either way.
 */
public record GazetteerEntry(
        String key, String wikidataId, EntityType type, String subtype, String name) {}

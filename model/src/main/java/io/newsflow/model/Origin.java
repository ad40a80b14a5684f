package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a raw article entered newsflow: polled from a live feed, or replayed from a corpus. */
public enum Origin {
    FEED,
    REPLAY;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Origin fromWire(String value) {
        return Origin.valueOf(value.toUpperCase(Locale.ROOT));
    }
}

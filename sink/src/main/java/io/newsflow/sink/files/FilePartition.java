package io.newsflow.sink.files;

import io.newsflow.config.SinkConfig;
import io.newsflow.sink.article.ArticleFields;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The directory a record is filed under, Hive style: {@code date=2025-08-19/lang=id}. The date is
 * the UTC day of {@code publishedAt} (falling back to {@code fetchedAt}, then to the Kafka record
 * timestamp) or of {@code fetchedAt} when configured so; the language is the detected code or
 * {@code und}. Derived from the record alone, so a replay files every record in the same place.
 */
public record FilePartition(LocalDate date, String lang) {
    public static final String UNDETERMINED = "und";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{1,8})*");

    /** The partition of a record with the given fields and Kafka timestamp (epoch millis). */
    public static FilePartition of(ArticleFields fields, String dateField, long kafkaTimestamp) {
        Instant when =
                SinkConfig.DATE_FETCHED.equals(dateField)
                        ? firstOf(fields.fetchedAt(), fields.publishedAt())
                        : firstOf(fields.publishedAt(), fields.fetchedAt());
        if (when == null) {
            when = Instant.ofEpochMilli(Math.max(0, kafkaTimestamp));
        }
        return new FilePartition(LocalDate.ofInstant(when, ZoneOffset.UTC), language(fields));
    }

    /** The path relative to the sink's root directory. */
    public String relativePath() {
        return "date=" + date + "/lang=" + lang;
    }

    private static String language(ArticleFields fields) {
        String code = fields.languageCode();
        if (code == null) {
            return UNDETERMINED;
        }
        code = code.strip().toLowerCase(Locale.ROOT);
        return LANGUAGE.matcher(code).matches() ? code : UNDETERMINED;
    }

    private static Instant firstOf(String preferred, String fallback) {
        Instant first = parse(preferred);
        return first != null ? first : parse(fallback);
    }

    private static Instant parse(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

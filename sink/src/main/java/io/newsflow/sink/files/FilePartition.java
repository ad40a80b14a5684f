package io.newsflow.sink.files;

import io.newsflow.config.SinkConfig;
import io.newsflow.sink.article.FilingFields;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The directory a record is filed under, Hive style: {@code date=2025-08-19/lang=id}. The date is
 * the UTC day of {@code publishedAt} (falling back to {@code fetchedAt}, then to the Kafka record
 * timestamp) or of {@code fetchedAt} when configured so; the language is the detected code or
 * {@code und}. Derived from the record alone, so a replay files every record in the same place.
 */
public record FilePartition(String date, String lang) {
    public static final String UNDETERMINED = "und";

    /** The partition of a record with the given fields and Kafka timestamp (epoch millis). */
    public static FilePartition of(FilingFields fields, String dateField, long kafkaTimestamp) {
        String date =
                SinkConfig.DATE_FETCHED.equals(dateField)
                        ? firstOf(fields.fetchedAt(), fields.publishedAt())
                        : firstOf(fields.publishedAt(), fields.fetchedAt());
        if (date == null) {
            date =
                    LocalDate.ofInstant(
                                    Instant.ofEpochMilli(Math.max(0, kafkaTimestamp)),
                                    ZoneOffset.UTC)
                            .toString();
        }
        return new FilePartition(date, language(fields));
    }

    /** The UTC day as {@code yyyy-MM-dd}. */
    public LocalDate day() {
        return LocalDate.parse(date);
    }

    /** The path relative to the sink's root directory. */
    public String relativePath() {
        return "date=" + date + "/lang=" + lang;
    }

    private static String language(FilingFields fields) {
        String code = fields.languageCode();
        if (code == null) {
            return UNDETERMINED;
        }
        code = code.strip().toLowerCase(Locale.ROOT);
        return isLanguageCode(code) ? code : UNDETERMINED;
    }

    /**
     * {@code [a-z]{2,3}(-[a-z0-9]{1,8})*}, checked by hand: a regex matcher per record was a
     * twentieth of the sink's CPU.
     */
    static boolean isLanguageCode(String code) {
        int n = code.length();
        int i = 0;
        while (i < n && code.charAt(i) >= 'a' && code.charAt(i) <= 'z') {
            i++;
        }
        if (i < 2 || i > 3) {
            return false;
        }
        while (i < n) {
            if (code.charAt(i) != '-') {
                return false;
            }
            int start = ++i;
            while (i < n && isLowerAlphanumeric(code.charAt(i))) {
                i++;
            }
            if (i - start < 1 || i - start > 8) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static String firstOf(String preferred, String fallback) {
        String first = utcDay(preferred);
        return first != null ? first : utcDay(fallback);
    }

    /**
     * The UTC day of an ISO-8601 instant, or null. Instants newsflow writes are UTC ({@code
     * 2025-08-19T10:00:00Z}), whose day is their first ten characters: checked and taken without a
     * full parse, which costs more per record than all the rest of the filing. Other forms (an
     * offset such as {@code +07:00}) take the full parse.
     */
    static String utcDay(String iso) {
        if (iso == null) {
            return null;
        }
        if (iso.length() >= 20
                && iso.charAt(iso.length() - 1) == 'Z'
                && iso.charAt(10) == 'T'
                && isDate(iso)) {
            return iso.substring(0, 10);
        }
        try {
            return LocalDate.ofInstant(Instant.parse(iso), ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isDate(String s) {
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            boolean ok = (i == 4 || i == 7) ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        int month = (s.charAt(5) - '0') * 10 + (s.charAt(6) - '0');
        int day = (s.charAt(8) - '0') * 10 + (s.charAt(9) - '0');
        // Days past the 28th may not exist in their month: those take the full parse.
        return month >= 1 && month <= 12 && day >= 1 && day <= 28;
    }
}

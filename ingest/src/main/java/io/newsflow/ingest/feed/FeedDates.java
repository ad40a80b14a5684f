package io.newsflow.ingest.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds actually contain: RFC 822/1123 and ISO 8601 first, then fallbacks for what
 * publishers write instead — {@code GMT+0000}, ISO without a zone (taken as UTC), day-first numeric
 * dates, Indonesian month and day names ({@code Mei}, {@code Agustus}, {@code Desember}, {@code
 * Senin}) and Indonesian zones (WIB +07:00, WITA +08:00, WIT +09:00). A result from a fallback is
 * marked so the caller records the repair.
 */
public final class FeedDates {
    /** A parsed instant and whether a fallback (not a standard format) was needed. */
    public record ParsedDate(Instant instant, boolean fallback, String note) {}

    private static final Map<String, String> MONTHS = new LinkedHashMap<>();

    static {
        // Indonesian names and common spellings first; English full names folded to the same
        // three-letter forms the patterns read.
        String[][] months = {
            {"januari|january|jan", "Jan"},
            {"februari|pebruari|february|feb|peb", "Feb"},
            {"maret|march|mar", "Mar"},
            {"april|apr", "Apr"},
            {"mei|may", "May"},
            {"juni|june|jun", "Jun"},
            {"juli|july|jul", "Jul"},
            {"agustus|august|agu|agt|ags|aug", "Aug"},
            {"september|sept|sep", "Sep"},
            {"oktober|october|okt|oct", "Oct"},
            {"november|nopember|nov|nop", "Nov"},
            {"desember|december|des|dec", "Dec"},
        };
        for (String[] m : months) {
            MONTHS.put(m[0], m[1]);
        }
    }

    private static final Pattern MONTH =
            Pattern.compile(
                    "(?iu)(?<![\\p{L}])("
                            + String.join("|", MONTHS.keySet())
                            + ")\\.?(?![\\p{L}])");
    private static final Pattern DAY_NAME =
            Pattern.compile(
                    "(?iu)(?<![\\p{L}])(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad"
                            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                            + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?(?![\\p{L}]),?");
    private static final Pattern ZONE_NAME =
            Pattern.compile(
                    "(?i)(?<![A-Za-z])(WITA|WIB|WIT|GMT|UTC|UT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT)(?![A-Za-z])");
    private static final Map<String, String> ZONES =
            Map.ofEntries(
                    Map.entry("WIB", "+0700"),
                    Map.entry("WITA", "+0800"),
                    Map.entry("WIT", "+0900"),
                    Map.entry("GMT", "+0000"),
                    Map.entry("UTC", "+0000"),
                    Map.entry("UT", "+0000"),
                    Map.entry("Z", "+0000"),
                    Map.entry("EST", "-0500"),
                    Map.entry("EDT", "-0400"),
                    Map.entry("CST", "-0600"),
                    Map.entry("CDT", "-0500"),
                    Map.entry("MST", "-0700"),
                    Map.entry("MDT", "-0600"),
                    Map.entry("PST", "-0800"),
                    Map.entry("PDT", "-0700"));

    /** "+0000 +0700" after a zone name is replaced: "GMT+07:00" means +07:00, not two zones. */
    private static final Pattern DOUBLE_OFFSET =
            Pattern.compile("([+-]\\d{2}:?\\d{2})\\s*([+-]\\d{1,2}(?::?\\d{2})?)$");

    private static final List<DateTimeFormatter> FALLBACKS =
            List.of(
                    f("d MMM uuuu H:mm[:ss][.SSS][ xx][ xxx][ x]"),
                    f("d MMM yy H:mm[:ss][ xx][ xxx][ x]"),
                    f("MMM d uuuu H:mm[:ss][ xx][ xxx][ x]"),
                    f("uuuu-MM-dd['T'][ ]H:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS][ ][xxx][xx][x]"),
                    f("d/M/uuuu H:mm[:ss][ xx][ xxx][ x]"),
                    f("d-M-uuuu H:mm[:ss][ xx][ xxx][ x]"),
                    f("uuuu/MM/dd H:mm[:ss][ xx][ xxx][ x]"),
                    f("d MMM uuuu"),
                    f("MMM d uuuu"),
                    f("uuuu-MM-dd"),
                    f("d/M/uuuu"));

    private FeedDates() {}

    private static DateTimeFormatter f(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    /** The instant a feed date stands for, or empty when no known form fits. */
    public static Optional<ParsedDate> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip();
        // Try the standard form the text looks like first: a failed parse throws, and throwing
        // for every item of every feed costs more than the parse.
        boolean isoLike =
                Character.isDigit(text.charAt(0)) && text.length() > 10 && text.charAt(4) == '-';
        DateTimeFormatter first =
                isoLike
                        ? DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        : DateTimeFormatter.RFC_1123_DATE_TIME;
        DateTimeFormatter second =
                isoLike
                        ? DateTimeFormatter.RFC_1123_DATE_TIME
                        : DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        for (DateTimeFormatter standard : List.of(first, second)) {
            try {
                return Optional.of(
                        new ParsedDate(
                                OffsetDateTime.parse(text, standard).toInstant(), false, null));
            } catch (DateTimeParseException e) {
                // not this standard form
            }
        }
        String normalized = normalize(text);
        for (DateTimeFormatter formatter : FALLBACKS) {
            try {
                TemporalAccessor parsed =
                        formatter.parseBest(
                                normalized,
                                OffsetDateTime::from,
                                LocalDateTime::from,
                                LocalDate::from);
                Instant instant;
                String note;
                if (parsed instanceof OffsetDateTime odt) {
                    instant = odt.toInstant();
                    note = "date '" + raw + "' read by a fallback pattern";
                } else if (parsed instanceof LocalDateTime ldt) {
                    instant = ldt.toInstant(ZoneOffset.UTC);
                    note = "date '" + raw + "' has no zone; taken as UTC";
                } else {
                    instant = ((LocalDate) parsed).atStartOfDay().toInstant(ZoneOffset.UTC);
                    note = "date '" + raw + "' has no time; taken as 00:00 UTC";
                }
                if (instant.isBefore(Instant.parse("1970-01-02T00:00:00Z"))) {
                    return Optional.empty();
                }
                return Optional.of(new ParsedDate(instant, true, note));
            } catch (DateTimeParseException | ClassCastException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    static String normalize(String text) {
        String s = text.replace('\u00a0', ' ');
        s = s.replaceAll("(?i)\\bpukul\\b", " ");
        s = DAY_NAME.matcher(s).replaceAll(" ");
        s = replaceMonths(s);
        s = replaceZones(s);
        s = s.replace(",", " ").replaceAll("\\s+", " ").strip();
        s = s.replaceAll("(\\d)\\.(\\d{2})(?=(\\s|$|:))", "$1:$2"); // 10.30 WIB
        Matcher m = DOUBLE_OFFSET.matcher(s);
        if (m.find()) {
            s = s.substring(0, m.start()) + offset(m.group(2));
        }
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String replaceMonths(String s) {
        Matcher m = MONTH.matcher(s);
        var out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            String month = word;
            for (var e : MONTHS.entrySet()) {
                if (("|" + e.getKey() + "|").contains("|" + word + "|")) {
                    month = e.getValue();
                    break;
                }
            }
            m.appendReplacement(out, month);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replaceZones(String s) {
        Matcher m = ZONE_NAME.matcher(s);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, " " + ZONES.get(m.group(1).toUpperCase(Locale.ROOT)) + " ");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "+7", "+07", "+0700", "+07:00" → "+0700". */
    private static String offset(String o) {
        String sign = o.substring(0, 1);
        String digits = o.substring(1).replace(":", "");
        if (digits.length() <= 2) {
            return sign + String.format(Locale.ROOT, "%02d00", Integer.parseInt(digits));
        }
        return sign + digits;
    }
}

package io.newsflow.ingest.fetch;

/**
 * One change newsflow made to a publisher's bytes or values so they could be used (a charset
 * guessed, invalid XML characters dropped, a date read by a fallback pattern). Repairs are counted
 * and logged, never silent.
 *
 * @param kind a short stable name, used as a metric tag ({@code charset}, {@code invalid-xml-char})
 * @param detail what exactly was changed, for the debug log
 */
public record Repair(String kind, String detail) {}

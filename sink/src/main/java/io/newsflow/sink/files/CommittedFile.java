package io.newsflow.sink.files;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of a committed file, which is all the sink needs to know where it stands: the Kafka
 * topic and partition the records came from, the first and last offset of the batch they were
 * committed in, and which of the batch's files this is ({@code 2of3}), e.g. {@code
 * news.articles.enriched+3+00000000000000000100+00000000000000000250+2of3.jsonl.gz}.
 *
 * <p>A batch covers a contiguous offset range of one Kafka partition but is spread over one file
 * per {@code date=/lang=} directory; the {@code NofM} part lets recovery tell a complete batch from
 * one whose renames a crash interrupted. Offsets are zero-padded so names sort by offset. Kafka
 * topic names cannot contain {@code +}, so the name parses back unambiguously.
 */
public record CommittedFile(
        String topic,
        int partition,
        long startOffset,
        long endOffset,
        int index,
        int count,
        boolean gzip) {

    public static final String EXTENSION = ".jsonl";
    public static final String GZIP_EXTENSION = ".jsonl.gz";

    private static final Pattern NAME =
            Pattern.compile(
                    "([A-Za-z0-9._-]+)\\+(\\d+)\\+(\\d{20})\\+(\\d{20})\\+(\\d+)of(\\d+)\\.jsonl(\\.gz)?");

    public CommittedFile {
        if (partition < 0 || startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException(
                    "bad range " + topic + "-" + partition + " " + startOffset + ".." + endOffset);
        }
        if (index < 1 || index > count) {
            throw new IllegalArgumentException("bad file index " + index + "of" + count);
        }
    }

    public String fileName() {
        return topic
                + "+"
                + partition
                + "+"
                + pad(startOffset)
                + "+"
                + pad(endOffset)
                + "+"
                + index
                + "of"
                + count
                + (gzip ? GZIP_EXTENSION : EXTENSION);
    }

    /** The batch this file belongs to. */
    public Batch batch() {
        return new Batch(topic, partition, startOffset, endOffset, count);
    }

    /** The committed file a name denotes, or empty for any other file. */
    public static Optional<CommittedFile> parse(String fileName) {
        var m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new CommittedFile(
                            m.group(1),
                            Integer.parseInt(m.group(2)),
                            Long.parseLong(m.group(3)),
                            Long.parseLong(m.group(4)),
                            Integer.parseInt(m.group(5)),
                            Integer.parseInt(m.group(6)),
                            m.group(7) != null));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String pad(long offset) {
        return String.format("%020d", offset);
    }

    /** One commit of one Kafka partition: an offset range written as {@code count} files. */
    public record Batch(String topic, int partition, long startOffset, long endOffset, int count) {}
}

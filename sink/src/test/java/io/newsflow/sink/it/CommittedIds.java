package io.newsflow.sink.it;

import io.newsflow.sink.files.SinkLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The article ids in the committed (uncompressed) files under a sink's root, in file order. */
final class CommittedIds {
    private static final Pattern ARTICLE_ID = Pattern.compile("\"articleId\":\"([^\"]+)\"");

    private CommittedIds() {}

    static List<String> in(Path out) throws Exception {
        var ids = new ArrayList<String>();
        try (Stream<Path> files = new SinkLayout(out, false).committedFiles()) {
            for (Path file : files.toList()) {
                for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
                    var m = ARTICLE_ID.matcher(line);
                    if (m.find()) {
                        ids.add(m.group(1));
                    }
                }
            }
        }
        return ids;
    }
}

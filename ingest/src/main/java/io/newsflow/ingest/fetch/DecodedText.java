package io.newsflow.ingest.fetch;

import java.nio.charset.Charset;
import java.util.List;

/** A body turned into text, with the charset used and the repairs that decision needed. */
public record DecodedText(String text, Charset charset, List<Repair> repairs) {
    public DecodedText {
        repairs = List.copyOf(repairs);
    }
}

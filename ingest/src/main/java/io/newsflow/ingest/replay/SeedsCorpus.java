package io.newsflow.ingest.replay;

import io.newsflow.model.RawArticle;
import io.newsflow.seeds.SeedCorpus;
import java.util.function.Consumer;

/** The built-in seed corpus from the {@code seeds} module. */
public final class SeedsCorpus implements Corpus {
    @Override
    public String describe() {
        return "built-in seeds";
    }

    @Override
    public void forEach(Consumer<RawArticle> sink, Consumer<Rejected> rejects) {
        SeedCorpus.builtIn().articles().forEach(sink);
    }
}

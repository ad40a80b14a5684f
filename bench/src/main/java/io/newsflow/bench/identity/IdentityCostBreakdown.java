package io.newsflow.bench.identity;

import io.newsflow.config.IdentityConfig;
import io.newsflow.kafka.JsonSerde;
import io.newsflow.model.RawArticle;
import io.newsflow.processors.ArticleParser;
import io.newsflow.processors.Envelope;
import io.newsflow.processors.identity.ContentSignature;
import io.newsflow.processors.identity.EnvelopeSerde;
import io.newsflow.processors.identity.IdentityLedger;
import io.newsflow.processors.identity.IdentityStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where an identified article's CPU time goes, without Kafka: JSON parse, the envelope's trip
 * through the ledger's repartition topic (serialize + parse again), the content signature, and the
 * whole step with an in-memory ledger. Usage: {@code IdentityCostBreakdown [articles]}.
 */
public final class IdentityCostBreakdown {
    private IdentityCostBreakdown() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        List<RawArticle> articles = new ArrayList<>();
        new SyntheticArticles().generate(count, articles::add);
        var json = new JsonSerde<>(RawArticle.class);
        List<byte[]> raw = articles.stream().map(a -> json.serialize("raw", a)).toList();
        var serde = new EnvelopeSerde();
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 1; round <= 5; round++) {
            long t0 = System.nanoTime();
            List<Envelope> parsed = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                parsed.add(ArticleParser.parse(articles.get(i).articleId(), raw.get(i)));
            }
            long t1 = System.nanoTime();
            List<Envelope> hopped = new ArrayList<>(count);
            for (Envelope e : parsed) {
                hopped.add(serde.deserialize("ledger", serde.serialize("ledger", e)));
            }
            long t2 = System.nanoTime();
            for (Envelope e : hopped) {
                ContentSignature.of(e.article().article(), 6, 2, 25);
            }
            long t3 = System.nanoTime();
            var step = new IdentityStep(IdentityConfig.defaults(), IdentityLedger.inMemory());
            Instant now = Instant.parse("2025-08-19T00:00:00Z");
            for (Envelope e : hopped) {
                step.identify(e.article().articleId(), e, now);
            }
            long t4 = System.nanoTime();
            double[] micros = {
                (t1 - t0) / 1e3 / count,
                (t2 - t1) / 1e3 / count,
                (t3 - t2) / 1e3 / count,
                (t4 - t3) / 1e3 / count
            };
            for (int i = 0; i < best.length; i++) {
                best[i] = Math.min(best[i], micros[i]);
            }
            System.out.printf(
                    Locale.ROOT,
                    "round %d, µs per article: parse %.1f, repartition hop (envelope serde) %.1f,"
                            + " signature %.1f, identify with in-memory ledger (incl. signature) %.1f%n",
                    round,
                    (t1 - t0) / 1e3 / count,
                    (t2 - t1) / 1e3 / count,
                    (t3 - t2) / 1e3 / count,
                    (t4 - t3) / 1e3 / count);
        }
        System.out.printf(
                Locale.ROOT,
                "least disturbed (minimum over rounds), µs per article: parse %.1f, repartition hop"
                        + " %.1f, signature %.1f, identify %.1f%n",
                best[0],
                best[1],
                best[2],
                best[3]);
    }
}

package io.newsflow.bench.identity;

import io.newsflow.model.RawArticle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Deterministic, realistic edits of an article, as a re-running outlet or a wire service makes
 * them: a rewritten headline, a paragraph added or dropped, a different lead, a copy-edit, agency
 * boilerplate, a short version. Used to build true-copy pairs and the synthetic benchmark stream.
 */
public final class SeedVariants {
    /** One named edit. */
    public record Edit(String name, UnaryOperator<RawArticle> apply) {}

    private static final String ADDED_PARAGRAPH =
            "Sementara itu, para analis menilai perundingan masih akan berlangsung panjang dan"
                    + " hasilnya bergantung pada sikap negara-negara Eropa serta dukungan"
                    + " Kongres Amerika Serikat terhadap paket bantuan berikutnya.";

    private static final String NEW_LEAD =
            "Kabar terbaru dari perundingan damai datang pada Selasa malam ketika sejumlah pejabat"
                    + " tinggi memberikan keterangan kepada wartawan di ibu kota.";

    private SeedVariants() {}

    public static List<Edit> edits() {
        return List.of(
                new Edit("headline rewrite", a -> title(a, "Terbaru: " + reversedTitle(a))),
                new Edit(
                        "paragraph added", a -> content(a, a.content() + "\n\n" + ADDED_PARAGRAPH)),
                new Edit("last paragraph dropped", a -> paragraphs(a, p -> drop(p, p.size() - 1))),
                new Edit(
                        "middle paragraph dropped", a -> paragraphs(a, p -> drop(p, p.size() / 2))),
                new Edit("different lead", a -> paragraphs(a, p -> replace(p, 0, NEW_LEAD))),
                new Edit("copy-edit (every 15th word)", a -> content(a, copyEdit(a.content(), 15))),
                new Edit(
                        "agency boilerplate",
                        a ->
                                content(
                                        a,
                                        "JAKARTA (ANTARA) - "
                                                + a.content()
                                                + "\n\n(Editor: Redaksi)")),
                new Edit(
                        "short version (first 60%)",
                        a -> paragraphs(a, p -> p.subList(0, Math.max(1, p.size() * 6 / 10)))),
                new Edit(
                        "headline + lead + paragraph dropped",
                        a ->
                                title(
                                        paragraphs(
                                                a,
                                                p -> drop(replace(p, 0, NEW_LEAD), p.size() - 1)),
                                        "Terbaru: " + reversedTitle(a))),
                new Edit(
                        "lead + paragraph added + copy-edit",
                        a -> {
                            RawArticle b = paragraphs(a, p -> replace(p, 0, NEW_LEAD));
                            return content(b, copyEdit(b.content(), 15) + "\n\n" + ADDED_PARAGRAPH);
                        }));
    }

    public static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static RawArticle title(RawArticle a, String title) {
        return a.withText(title, a.summary(), a.content());
    }

    static RawArticle content(RawArticle a, String content) {
        return a.withText(a.title(), a.summary(), content);
    }

    static RawArticle paragraphs(RawArticle a, UnaryOperator<List<String>> edit) {
        return content(a, String.join("\n\n", edit.apply(paragraphs(a.content()))));
    }

    private static List<String> drop(List<String> p, int index) {
        var out = new ArrayList<>(p);
        if (out.size() > 1) {
            out.remove(Math.min(index, out.size() - 1));
        }
        return out;
    }

    private static List<String> replace(List<String> p, int index, String paragraph) {
        var out = new ArrayList<>(p);
        out.set(index, paragraph);
        return out;
    }

    private static String reversedTitle(RawArticle a) {
        var words = new ArrayList<>(List.of(a.title().split("\\s+")));
        java.util.Collections.reverse(words);
        return String.join(" ", words);
    }

    /** Replaces every n-th word by a synonym-like stand-in, as a sub-editor's pass would. */
    static String copyEdit(String text, int every) {
        String[] words = text.split(" ");
        for (int i = every - 1; i < words.length; i += every) {
            words[i] = "kata" + (i % 7);
        }
        return String.join(" ", words);
    }
}

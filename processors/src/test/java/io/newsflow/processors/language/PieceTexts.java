package io.newsflow.processors.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Texts stitched at random from the pieces a regular expression is made of, for tests that compare
 * a hand-written scan with the expression it replaces. Deterministic for a seed.
 */
final class PieceTexts {
    private PieceTexts() {}

    /**
     * {@code count} texts of up to {@code maxPieces - 1} pieces, each piece repeated 1 to {@code
     * maxRepeat} times.
     */
    static List<String> of(String[] pieces, int count, int maxPieces, int maxRepeat, long seed) {
        var random = new Random(seed);
        var texts = new ArrayList<String>(count);
        for (int t = 0; t < count; t++) {
            var text = new StringBuilder();
            int length = random.nextInt(maxPieces);
            for (int i = 0; i < length; i++) {
                String piece = pieces[random.nextInt(pieces.length)];
                text.append(piece.repeat(1 + random.nextInt(maxRepeat)));
            }
            texts.add(text.toString());
        }
        return texts;
    }
}

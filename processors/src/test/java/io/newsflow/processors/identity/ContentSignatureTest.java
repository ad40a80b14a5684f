package io.newsflow.processors.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.RawArticle;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ContentSignatureTest {
    private static ContentSignature sign(String title, String content) {
        RawArticle a =
                RawArticle.builder().feedId("f").guid("g").title(title).content(content).build();
        return ContentSignature.of(a, 6, 2, 25);
    }

    @Test
    void fingerprintIgnoresCaseSpacingPunctuationAndUnicodeForm() {
        String nfd = Normalizer.normalize("Pertemuan di Genève berakhir.", Normalizer.Form.NFD);
        var a = sign("Putin dan Trump", "Pertemuan di Genève berakhir.");
        var b = sign("PUTIN  dan trump!", " " + nfd + "\n");
        assertThat(b.fingerprint()).isEqualTo(a.fingerprint());
        assertThat(b.fingerprintKey()).isEqualTo(a.fingerprintKey());
    }

    @Test
    void fingerprintChangesWhenOneWordChanges() {
        var a = sign("Putin dan Trump", "Pertemuan di Jenewa berakhir.");
        var b = sign("Putin dan Trump", "Pertemuan di Jenewa dimulai.");
        assertThat(b.fingerprint()).isNotEqualTo(a.fingerprint());
        assertThat(b.titleHash()).isEqualTo(a.titleHash());
        assertThat(b.contentHash()).isNotEqualTo(a.contentHash());
    }

    @Test
    void fingerprintSeesAWordMovedBetweenTitleAndContent() {
        assertThat(sign("Putin", "bertemu Trump").fingerprint())
                .isNotEqualTo(sign("Putin bertemu", "Trump").fingerprint());
    }

    @Test
    void shortTextIsJudgedByExactFingerprintOnly() {
        assertThat(sign("Putin", "bertemu Trump di Alaska").judgesSimilarity()).isFalse();
        var seed = TestArticles.seeds().get(0);
        assertThat(sign(seed.title(), seed.content()).bands()).hasSize(6);
    }

    @Test
    void splitsUnspacedScriptsIntoCharacters() {
        assertThat(Tokens.of("普京与特朗普会面")).hasSize(8);
        assertThat(Tokens.of("Путин встретился с Трампом")).hasSize(4);
        assertThat(Tokens.of("ปูตินพบทรัมป์")).hasSizeGreaterThan(5);
    }

    @Test
    void nearDuplicateDetectionWorksWithoutWordSpaces() {
        String text =
                "俄罗斯总统普京周五在阿拉斯加与美国总统特朗普会面，双方讨论了乌克兰的安全保障问题。"
                        + "会谈持续了近三个小时，两位领导人随后举行了联合新闻发布会，但没有回答记者的提问。"
                        + "欧洲各国领导人表示，任何和平协议都必须有乌克兰的参与。";
        String edited = text.replace("近三个小时", "约两个半小时").replace("欧洲各国", "欧盟");
        String other = "中国外交部发言人周一表示，中方支持一切有利于和平解决危机的努力，" + "并呼吁有关各方保持克制，通过对话协商解决分歧，早日实现停火止战。";
        long original = sign("", text).simhash();
        assertThat(SimHash.distance(original, sign("", edited).simhash())).isLessThanOrEqualTo(20);
        assertThat(SimHash.distance(original, sign("", other).simhash())).isGreaterThan(20);
    }
}

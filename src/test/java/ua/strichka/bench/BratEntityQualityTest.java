package ua.strichka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.strichka.bench.BratCorpus.Kind;
import ua.strichka.bench.BratCorpus.Span;
import ua.strichka.entity.Entity;
import ua.strichka.entity.EntityTagger;
import ua.strichka.entity.EntityType;
import ua.strichka.entity.Mention;
import ua.strichka.text.Language;

/** Exact-span scoring against Brat spans, on hand-made tags and on the real tagger. */
class BratEntityQualityTest {
  static final String TEXT =
      "Мер Луцька Ігор Поліщук відкрив « Парк Шевченка » у Волинській області .";

  static Mention tag(int start, int end, EntityType type) {
    return new Mention(start, end, TEXT.substring(start, end), Entity.of("x", type));
  }

  static int at(String word) {
    return TEXT.indexOf(word);
  }

  @Test
  void exactSpansCountPerTypeAndMiscExcusesOnlyAnExactTag() {
    List<Span> gold =
        List.of(
            new Span(at("Луцька"), at("Луцька") + 6, Kind.LOC, "Луцька"),
            new Span(at("Ігор"), at("Поліщук") + 7, Kind.PER, "Ігор Поліщук"),
            new Span(at("Парк"), at("Шевченка") + 8, Kind.MISC, "Парк Шевченка"),
            new Span(at("Волинській"), at("області") + 7, Kind.LOC, "Волинській області"));
    List<Mention> found =
        List.of(
            tag(at("Луцька"), at("Луцька") + 6, EntityType.LOC), // right
            tag(at("Поліщук"), at("Поліщук") + 7, EntityType.PER), // half a name: wrong
            tag(at("Парк"), at("Шевченка") + 8, EntityType.ORG), // exactly the MISC span: excused
            tag(at("Шевченка"), at("Шевченка") + 8, EntityType.PER), // inside MISC: wrong
            tag(at("Волинській"), at("області") + 7, EntityType.ORG)); // right span, wrong type
    EntityQuality q = EntityQuality.measure(List.of(), new EntityTagger(), Language.UK);
    q.compare("doc", TEXT, gold, found);

    assertThat(q.count(EntityType.LOC).truePositives).isEqualTo(1);
    assertThat(q.count(EntityType.LOC).falseNegatives).isEqualTo(1);
    assertThat(q.count(EntityType.PER).falsePositives).isEqualTo(2);
    assertThat(q.count(EntityType.PER).falseNegatives).isEqualTo(1);
    assertThat(q.count(EntityType.ORG).falsePositives).isEqualTo(1);
    assertThat(q.all().truePositives).isEqualTo(1);
    assertThat(q.all().falsePositives).isEqualTo(3);
    assertThat(q.all().falseNegatives).isEqualTo(2);
    assertThat(q.microF1()).isCloseTo(2.0 * (1.0 / 4) * (1.0 / 3) / (1.0 / 4 + 1.0 / 3), within());
    StringWriter errors = new StringWriter();
    q.printErrors(new PrintWriter(errors), 100);
    assertThat(errors.toString()).contains("FN PER\tІгор Поліщук").contains("FP ORG\tВолинській");
    assertThat(q.table("t").rows()).extracting(r -> r.getFirst()).doesNotContain("normalised");
  }

  @Test
  void theRealTaggerIsScoredOnABratDocument() {
    String text = "Президент Франції Еммануель Макрон прибув до Києва .";
    BratCorpus.Document d =
        new BratCorpus.Document(
            "d",
            text,
            List.of(
                new Span(10, 17, Kind.LOC, "Франції"),
                new Span(18, 34, Kind.PER, "Еммануель Макрон"),
                new Span(45, 50, Kind.LOC, "Києва")));
    EntityQuality q = EntityQuality.measure(List.of(d), new EntityTagger(), Language.UK);
    assertThat(q.all().truePositives).isEqualTo(3);
    assertThat(q.microF1()).isEqualTo(1.0);
  }

  static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}

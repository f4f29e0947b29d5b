package ua.strichka.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.strichka.text.Language;

/** The bundled gazetteer: well formed, one type per name, and every name found in a sentence. */
class GazetteerTest {
  record Line(EntityType type, String name, List<String> aliases) {}

  static List<Line> lines() throws Exception {
    List<Line> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                GazetteerTest.class.getResourceAsStream(Gazetteer.RESOURCE),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t");
        assertThat(cols).as(line).hasSize(3);
        out.add(
            new Line(EntityType.valueOf(cols[0]), cols[1], List.of(cols[2].split("\\s*\\|\\s*"))));
      }
    }
    return out;
  }

  @Test
  void aFewHundredEntriesEachNameOneTypeAndOneSlug() throws Exception {
    List<Line> lines = lines();
    assertThat(lines).hasSizeGreaterThan(300);
    Map<String, EntityType> types = new HashMap<>();
    Map<String, String> slugs = new HashMap<>();
    for (Line l : lines) {
      EntityType before = types.putIfAbsent(l.name(), l.type());
      assertThat(before == null || before == l.type()).as(l.name()).isTrue();
      String slug = Entity.of(l.name(), l.type()).slug();
      assertThat(slug).as(l.name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      String other = slugs.putIfAbsent(slug, l.name());
      assertThat(other == null || other.equals(l.name())).as(l.name() + " vs " + other).isTrue();
    }
  }

  @Test
  void everyUkrainianNameIsFoundAndNormalisedInASentence() throws Exception {
    EntityTagger tagger = new EntityTagger();
    List<String> misses = new ArrayList<>();
    for (Line l : lines()) {
      String name = l.name();
      if (!name.matches(".*[а-яіїєґА-ЯІЇЄҐ].*"))
        continue; // Latin names are matched in English text
      String text = "Вчора " + name + " знову згадували в новинах.";
      List<Mention> found = tagger.tag(text, Language.UK);
      boolean ok =
          found.stream()
              .anyMatch(
                  m -> m.text().equals(name) && m.type() == l.type() && m.lemma().equals(name));
      if (!ok) misses.add(name + " → " + found);
    }
    assertThat(misses).isEmpty();
  }
}

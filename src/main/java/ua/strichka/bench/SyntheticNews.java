package ua.strichka.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import ua.strichka.story.StoryDesk;

/**
 * An endless, deterministic stream of synthetic Ukrainian articles for speed benchmarks, made by
 * recombining the sample corpus's sentences: about six reports per event from 200 outlets, events
 * overlapping in time, one in ten articles a repost of the one before, 50,000 articles a day (a
 * national aggregator's rate). Each event carries a made-up name in its headline and lead so events
 * stay distinct however many there are. Never all in memory: article {@code i} is computed from
 * {@code i}.
 */
final class SyntheticNews {
  static final long MILLIS_PER_ARTICLE = 86_400_000L / 50_000;
  private static final String LETTERS = "абвгдежзиклмнопрстуфхцчшщюя";

  private final List<String[]> articles = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();

  SyntheticNews(CorpusReader.Corpus corpus) {
    for (CorpusReader.Item it : corpus.items()) {
      if (!it.language().equals("uk") || !it.news()) continue;
      String text = it.original().lead() + " " + it.original().body().replace("\n\n", " ");
      articles.add(text.split("(?<=[.!?])\\s+"));
      titles.add(it.original().title());
    }
  }

  StoryDesk.Incoming article(long i) {
    boolean repost = i % 10 == 9;
    long source = repost ? i - 1 : i;
    SplittableRandom r = new SplittableRandom(source * 0x9E3779B97F4A7C15L);
    long event = Math.max(0, source / 6 - r.nextInt(300));
    int seed = (int) Math.floorMod(event * 7919L, (long) articles.size());
    String[] sentences = articles.get(seed);
    String name = name(event);
    StringBuilder body = new StringBuilder();
    int start = r.nextInt(sentences.length);
    int count = Math.min(sentences.length, 4 + r.nextInt(4));
    for (int k = 0; k < count; k++) {
      if (k > 0) body.append(k % 3 == 0 ? "\n\n" : " ");
      body.append(sentences[(start + k) % sentences.length]);
    }
    String[] other = articles.get(r.nextInt(articles.size()));
    body.append("\n\n").append(other[r.nextInt(other.length)]);
    String lead = name + ": " + sentences[0];
    int outlet = r.nextInt(200);
    if (repost) outlet = (outlet + 1 + (int) (i % 7)) % 200;
    return new StoryDesk.Incoming(
        "synthetic/" + i,
        "outlet-" + outlet,
        "outlet-" + outlet + ".ua",
        0.3 + (outlet % 8) / 10.0,
        i * MILLIS_PER_ARTICLE,
        name + " — " + titles.get(seed),
        lead,
        body.toString(),
        null,
        null,
        null);
  }

  /** A made-up Cyrillic name per event: «Бадега», «Вокимо»… */
  private static String name(long event) {
    StringBuilder s = new StringBuilder("Ко");
    long e = event;
    do {
      s.append(LETTERS.charAt((int) (e % LETTERS.length()))).append('о');
      e /= LETTERS.length();
    } while (e > 0);
    return s.toString();
  }
}

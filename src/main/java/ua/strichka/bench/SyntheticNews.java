package ua.strichka.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.sampleweb.CorpusArticle;
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

  SyntheticNews(Corpus corpus) {
    for (CorpusArticle it : corpus.articles()) {
      if (!it.language().equals("uk") || !it.news()) continue;
      String text = it.original().lead() + " " + it.original().body().replace("\n\n", " ");
      articles.add(text.split("(?<=[.!?])\\s+"));
      titles.add(it.original().title());
    }
  }

  StoryDesk.Incoming article(long i) {
    boolean repost = i % 10 == 9;
    long source = repost ? i - 1 : i;
    SplittableRandom r = new SplittableRandom(source).split();
    long event = source / 6 + r.nextInt(300);
    SplittableRandom e = new SplittableRandom(event).split();
    String[] sentences = articles.get(e.nextInt(articles.size()));
    String[] factWords = sentences[e.nextInt(sentences.length)].split(" ");
    String fact =
        String.join(" ", java.util.Arrays.copyOf(factWords, Math.min(12, factWords.length)));
    String[] words = titles.get(e.nextInt(titles.size())).split(" ");
    // The event's own names (a person, a place, an organisation: made up, so events stay distinct
    // however many there are) in the headline, the lead and one sentence; one fact in the lead; the
    // rest from other articles: two outlets' reports of one event share names and a
    // fact, not their wording.
    String person = name(event, "Ко");
    String place = name(event * 31 + 7, "Бу");
    String org = name(event * 17 + 3, "Ді");
    StringBuilder body = new StringBuilder();
    int count = 4 + r.nextInt(4);
    for (int k = 0; k < count; k++) {
      if (k > 0) body.append(k % 3 == 0 ? "\n\n" : " ");
      String[] from = articles.get(r.nextInt(articles.size()));
      body.append(from[r.nextInt(from.length)]);
      if (k == 1) body.append(" Про це повідомили в ").append(org).append('.');
    }
    String title =
        person
            + " у місті "
            + place
            + ": "
            + String.join(" ", java.util.Arrays.copyOf(words, Math.min(4, words.length)));
    String lead = person + " та " + org + " — " + fact;
    int outlet = r.nextInt(200);
    if (repost) outlet = (outlet + 1 + (int) (i % 7)) % 200;
    return new StoryDesk.Incoming(
        "synthetic/" + i,
        "outlet-" + outlet,
        "outlet-" + outlet + ".ua",
        0.3 + (outlet % 8) / 10.0,
        i * MILLIS_PER_ARTICLE,
        title,
        lead,
        body.toString(),
        null,
        null,
        null,
        null);
  }

  /** A made-up Cyrillic name per event: «Бадега», «Вокимо»… */
  private static String name(long event, String prefix) {
    StringBuilder s = new StringBuilder(prefix);
    long e = event;
    do {
      s.append(LETTERS.charAt((int) (e % LETTERS.length()))).append('о');
      e /= LETTERS.length();
    } while (e > 0);
    return s.toString();
  }
}

package ua.strichka.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import ua.strichka.classify.NewsFilter;
import ua.strichka.classify.Section;
import ua.strichka.classify.SectionClassifier;
import ua.strichka.classify.SectionLabels;
import ua.strichka.story.Clusterer;
import ua.strichka.story.Story;
import ua.strichka.story.StoryDesk;
import ua.strichka.text.Language;
import ua.strichka.text.LanguageDetector;
import ua.strichka.text.Token;
import ua.strichka.text.Tokens;

/**
 * Batch mode's shared work: read a folder of pages, analyse each (language, lemmas, fingerprint,
 * news or not, section) in parallel, and, for threads and top, cluster the news in publication
 * order.
 */
final class ContestBatch {
  /** A page analysed. */
  record Item(ContestPages.Page page, StoryDesk.Analysed analysed, boolean news, Section section) {
    String language() {
      return analysed.terms().language().code();
    }
  }

  private ContestBatch() {}

  static List<Item> analyse(Path dir, PrintWriter err) {
    return analyse(dir, err, SectionLabels.defaults());
  }

  /** The same, with the outlets' section labels of the configuration. */
  static List<Item> analyse(Path dir, PrintWriter err, SectionLabels labels) {
    List<ContestPages.Page> pages = ContestPages.read(ContestPages.files(dir), err);
    SectionClassifier sections = SectionClassifier.bundled();
    return pages.parallelStream()
        .map(
            p -> {
              String lead = p.description().isEmpty() ? firstParagraph(p.text()) : p.description();
              List<Token> tokens = Tokens.of(p.text());
              Language language =
                  LanguageDetector.detect(Tokens.of(p.title() + "\n\n" + lead + "\n\n" + p.text()));
              // the outlet's own section in the URL (/business/, /sport/) decides; else the words
              Section section =
                  sections.decide(p.title(), tokens, language, labels.fromUrl(p.url())).section();
              StoryDesk.Incoming in =
                  new StoryDesk.Incoming(
                      p.file(),
                      p.siteName().isEmpty() ? host(p.url()) : p.siteName(),
                      host(p.url()),
                      0.5,
                      p.publishedMillis(),
                      p.title(),
                      lead,
                      p.text(),
                      language,
                      section.slug(),
                      null,
                      null);
              return new Item(
                  p, StoryDesk.analyse(in), NewsFilter.isNews(p.title(), lead), section);
            })
        .toList();
  }

  /** The news items grouped into stories, each story's articles most representative first. */
  static List<Story> threads(List<Item> items) {
    List<Item> news = new ArrayList<>(items.stream().filter(Item::news).toList());
    news.sort(
        Comparator.comparingLong((Item i) -> i.page().publishedMillis())
            .thenComparing(i -> i.page().file()));
    List<Story> stories = new ArrayList<>();
    Clusterer clusterer = new Clusterer(Clusterer.Settings.defaults(), stories::add);
    StoryDesk desk = new StoryDesk(clusterer, Duration.ofDays(3));
    for (Item i : news) desk.place(i.analysed());
    clusterer.closeAll();
    // A story merged into another closes too: keep only the summaries that still own articles.
    java.util.Map<String, Story> owner = new java.util.HashMap<>();
    for (Story s : stories) for (String a : s.articles()) owner.put(a, s);
    return stories.stream()
        .filter(s -> s.articles().stream().anyMatch(a -> owner.get(a) == s))
        .map(s -> keepOwned(s, owner))
        .toList();
  }

  private static Story keepOwned(Story s, java.util.Map<String, Story> owner) {
    List<String> own = s.articles().stream().filter(a -> owner.get(a) == s).toList();
    if (own.size() == s.articles().size()) return s;
    return new Story(
        s.id(),
        s.language(),
        s.section(),
        s.title(),
        s.lead(),
        s.firstArticle(),
        s.firstOutlet(),
        s.outletWeights(),
        s.reportTimes(),
        own,
        s.reposts(),
        s.firstPublishedMillis(),
        s.lastPublishedMillis(),
        false,
        Map.of());
  }

  static String host(String url) {
    try {
      String h = url == null || url.isBlank() ? null : URI.create(url.strip()).getHost();
      return h == null ? "" : h;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String firstParagraph(String text) {
    int end = text.indexOf("\n\n");
    return end < 0 ? text : text.substring(0, end);
  }
}

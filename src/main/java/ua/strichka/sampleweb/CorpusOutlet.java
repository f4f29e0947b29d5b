package ua.strichka.sampleweb;

import java.util.List;

/** One fictional outlet of {@code outlets.yaml}: who it is and how it publishes. */
public record CorpusOutlet(
    String slug,
    String name,
    String domain,
    List<String> languages,
    String template,
    List<String> discovery,
    String character,
    double weight) {

  public CorpusOutlet {
    languages = List.copyOf(languages);
    discovery = List.copyOf(discovery);
  }

  /** The outlet's first language is its main edition; the others live under {@code /ru/} etc. */
  public String mainLanguage() {
    return languages.getFirst();
  }

  public boolean discovers(String kind) {
    return discovery.contains(kind);
  }
}

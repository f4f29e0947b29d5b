package ua.strichka.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ua.strichka.sampleweb.SampleWeb;
import ua.strichka.source.Outlet;
import ua.strichka.source.Outlets;
import ua.strichka.source.Source;
import ua.strichka.source.SourceKind;

/**
 * The sample web's outlets as an operator would add them: each with its feeds, sitemaps and section
 * pages as crawl sources. Here rather than in the sample web, which stands for the outside world
 * and knows nothing of Strichka's own types.
 */
public final class SampleWebOutlets {
  private SampleWebOutlets() {}

  /** Saves every outlet of the web (updating those already stored). */
  public static void register(SampleWeb web, Outlets outlets) {
    Instant now = Instant.now();
    for (SampleWeb.Origin o : web.outlets()) {
      List<Source> sources = new ArrayList<>();
      o.feeds().forEach(u -> sources.add(new Source(SourceKind.FEED, u.toString())));
      o.sitemaps().forEach(u -> sources.add(new Source(SourceKind.SITEMAP, u.toString())));
      o.sectionPages().forEach(u -> sources.add(new Source(SourceKind.SECTION, u.toString())));
      String language = o.languages().isEmpty() ? null : o.languages().getFirst();
      outlets.save(
          new Outlet(o.slug(), o.name(), o.base().toString(), language, null, sources, null), now);
    }
  }
}

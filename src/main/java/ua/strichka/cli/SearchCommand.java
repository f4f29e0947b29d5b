package ua.strichka.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.strichka.config.Config;
import ua.strichka.search.FacetCount;
import ua.strichka.search.Hit;
import ua.strichka.search.Notice;
import ua.strichka.search.Query;
import ua.strichka.search.SearchBackend;
import ua.strichka.search.SearchResult;
import ua.strichka.store.Store;

/** {@code strichka search "…"}: search the articles from the terminal. */
@Command(
    name = "search",
    description = {
      "Search the articles. The index first catches up with the store.",
      "Words match in any inflected form; \"quotes\" for a phrase, -word to exclude,"
          + " OR between alternatives."
    })
final class SearchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(DateOption.KYIV);

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "What to look for.")
  String text = "";

  @Option(
      names = "--section",
      paramLabel = "SLUG",
      description = "Only this section (war, economy, …).")
  String section;

  @Option(names = "--outlet", paramLabel = "SLUG", description = "Only this outlet.")
  String outlet;

  @Option(names = "--lang", paramLabel = "CODE", description = "Only this language (uk, ru, en).")
  String language;

  @Option(
      names = "--entity",
      paramLabel = "NAME",
      description =
          "Only articles naming this person, organisation or place (canonical name or slug).")
  String entity;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = DateOption.From.class,
      description = "Published on or after (2026-03-01, Kyiv time, or 2026-03-01T10:00+02:00).")
  Instant from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = DateOption.To.class,
      description = "Published on or before (a day counts whole).")
  Instant to;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "relevance (default) or date (newest first).")
  String sort = "relevance";

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Results per page (default 10, at most 100).")
  int limit = Query.DEFAULT_LIMIT;

  @Option(names = "--page", paramLabel = "P", description = "Page of results (default 1).")
  int page = 1;

  @Option(names = "--collapse", description = "One result per story.")
  boolean collapse;

  @Option(names = "--json", description = "Print the results as JSON (nothing else on stdout).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Query query = query();
    Config config = main.config(Map.of());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = IndexOpening.store(config);
        SearchBackend index = IndexOpening.caughtUp(config, store, err)) {
      SearchResult result = index.search(query);
      if (json) {
        out.println(JSON.writeValueAsString(toJson(result)));
      } else {
        print(result, out);
      }
    }
    return Main.OK;
  }

  private Query query() {
    Query.Order order =
        switch (sort.toLowerCase(Locale.ROOT)) {
          case "relevance" -> Query.Order.RELEVANCE;
          case "date" -> Query.Order.DATE;
          default -> throw usage("--sort: expected relevance or date, got '" + sort + "'");
        };
    if (page < 1) throw usage("--page: expected 1 or more, got " + page);
    if (limit < 1 || limit > Query.MAX_LIMIT) {
      throw usage("--limit: expected 1 to " + Query.MAX_LIMIT + ", got " + limit);
    }
    try {
      return Query.parse(text)
          .section(section)
          .outlet(outlet)
          .language(language)
          .entity(entity)
          .between(from, to)
          .order(order)
          .collapse(collapse)
          .page((page - 1) * limit, limit);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private void print(SearchResult r, PrintWriter out) {
    for (Notice n : r.notices()) out.println("note: " + n.message());
    String unit = r.query().collapse() ? "stories" : "articles";
    if (r.hits().isEmpty()) {
      out.println("nothing found (" + r.total() + " " + unit + ")");
      return;
    }
    int first = r.query().offset() + 1;
    out.printf(
        Locale.ROOT,
        "%s%,d %s, %d–%d:%n%n",
        r.approximate() ? "about " : r.totalExact() ? "" : "at least ",
        r.total(),
        unit,
        first,
        first + r.hits().size() - 1);
    int n = first;
    for (Hit h : r.hits()) {
      out.printf(Locale.ROOT, "%2d. %s%n", n++, terminalText(h.titleHtml()));
      StringBuilder meta = new StringBuilder("    ");
      meta.append(h.outletName() != null ? h.outletName() : h.outlet());
      if (h.section() != null) meta.append(" · ").append(h.section());
      meta.append(" · ").append(SHOWN.format(h.publishedAt()));
      if (h.storyMatches() > 1)
        meta.append(" · +").append(h.storyMatches() - 1).append(" in story");
      out.println(meta);
      if (!h.snippetHtml().isEmpty()) out.println("    " + terminalText(h.snippetHtml()));
      if (h.url() != null) out.println("    " + h.url());
      out.println();
    }
    r.facets()
        .forEach(
            (dim, counts) -> {
              if (!counts.isEmpty()) {
                out.println(
                    dim
                        + ": "
                        + counts.stream()
                            .map(c -> c.value() + " " + c.count())
                            .collect(Collectors.joining(", ")));
              }
            });
  }

  /** Marked HTML as terminal text: marks in bold on a terminal, entities unescaped. */
  private static String terminalText(String html) {
    boolean bold = ProgressBar.onTerminal();
    return html.replace("<mark>", bold ? "\u001B[1m" : "")
        .replace("</mark>", bold ? "\u001B[0m" : "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static ObjectNode toJson(SearchResult r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("query", r.query().text());
    root.put("total", r.total());
    root.put("totalExact", r.totalExact());
    root.put("approximate", r.approximate());
    root.put("offset", r.query().offset());
    ArrayNode notices = root.putArray("notices");
    for (Notice n : r.notices())
      notices.addObject().put("code", n.name()).put("message", n.message());
    ArrayNode hits = root.putArray("hits");
    for (Hit h : r.hits()) {
      ObjectNode o = hits.addObject();
      o.put("id", h.articleId());
      o.put("url", h.url());
      o.put("title", h.title());
      o.put("titleHtml", h.titleHtml());
      o.put("snippetHtml", h.snippetHtml());
      o.put("outlet", h.outlet());
      o.put("outletName", h.outletName());
      o.put("section", h.section());
      o.put("language", h.language());
      o.put("publishedAt", h.publishedAt().toString());
      if (h.storyId() == null) o.putNull("storyId");
      else o.put("storyId", h.storyId());
      o.put("storyMatches", h.storyMatches());
      ArrayNode entities = o.putArray("entities");
      h.entities().forEach(entities::add);
      o.put("score", h.score());
    }
    ObjectNode facets = root.putObject("facets");
    r.facets()
        .forEach(
            (dim, counts) -> {
              ArrayNode a = facets.putArray(dim);
              for (FacetCount c : counts)
                a.addObject().put("value", c.value()).put("count", c.count());
            });
    return root;
  }
}

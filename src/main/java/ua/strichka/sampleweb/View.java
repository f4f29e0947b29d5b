package ua.strichka.sampleweb;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * What a template sees when it renders one response: the outlet, its posts visible now, and the
 * addresses of this run (to link reposts to their originals on other origins).
 *
 * @param extraFeeds paths of further feeds the head of pages announces (the faulty ones)
 */
record View(
    CorpusOutlet outlet,
    URI base,
    Instant now,
    long seed,
    List<Post> posts,
    Map<String, URI> bases,
    Edition edition,
    List<String> extraFeeds) {

  /** The visible posts of one language edition, newest first. */
  List<Post> recent(String language, int max) {
    List<Post> out = new ArrayList<>();
    for (Post p : posts) {
      if (p.visible(now) && p.language().equals(language)) {
        out.add(p);
        if (out.size() == max) break;
      }
    }
    return out;
  }

  List<Post> inSection(String language, Rubric rubric) {
    return recent(language, Integer.MAX_VALUE).stream()
        .filter(p -> p.article().section() == rubric)
        .toList();
  }

  /** The sections this edition has anything in, in the taxonomy's order. */
  List<Rubric> sections(String language) {
    Set<Rubric> used = new LinkedHashSet<>();
    for (Rubric r : Rubric.values()) {
      for (Post p : posts) {
        if (p.article().section() == r && p.language().equals(language)) used.add(r);
      }
    }
    return List.copyOf(used);
  }

  String url(Post p) {
    return url(p.path());
  }

  String url(String path) {
    String b = base.toString();
    return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
  }

  /** The original a repost copies, with the absolute URL it has on its own origin. */
  Optional<Original> original(Post p) {
    return p.article()
        .repostOf()
        .flatMap(edition::post)
        .map(
            o -> {
              String b = bases.get(o.article().outlet()).toString();
              return new Original(
                  o, (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + o.path());
            });
  }

  record Original(Post post, String url) {}

  /** Repeatable randomness for one page and one purpose (sidebar order, comments, …). */
  Random random(Post p, String purpose) {
    return new Random(seed * 1_000_003L + p.number() * 31L + purpose.hashCode());
  }

  /** Up to {@code n} other visible posts, the same section first: «related» and «read also». */
  List<Post> related(Post p, int n) {
    List<Post> same = new ArrayList<>();
    List<Post> other = new ArrayList<>();
    for (Post q : recent(p.language(), Integer.MAX_VALUE)) {
      if (q == p || q.synthetic() || !q.article().news()) continue;
      (q.article().section() == p.article().section() ? same : other).add(q);
    }
    same.addAll(other);
    return same.subList(0, Math.min(n, same.size()));
  }

  /** Tag names of a post: the canonical names of the first distinct entities it mentions. */
  static List<String> tags(Post p, int max) {
    Set<String> tags = new LinkedHashSet<>();
    for (EntitySpan e : p.article().original().titleEntities()) tags.add(e.canonical());
    for (EntitySpan e : p.article().original().textEntities()) tags.add(e.canonical());
    return tags.stream().limit(max).toList();
  }
}

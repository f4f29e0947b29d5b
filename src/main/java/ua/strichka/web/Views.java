package ua.strichka.web;

import java.util.List;
import ua.strichka.store.EntityMentions;
import ua.strichka.store.StorySummary;

/** The small view records several templates share. */
final class Views {
  private Views() {}

  /** Ukrainian plural: 1 джерело, 2 джерела, 5 джерел, 21 джерело, 11 джерел. */
  static String plural(long n, String one, String few, String many) {
    long mod100 = Math.abs(n) % 100;
    long mod10 = mod100 % 10;
    if (mod100 >= 11 && mod100 <= 14) return n + " " + many;
    if (mod10 == 1) return n + " " + one;
    if (mod10 >= 2 && mod10 <= 4) return n + " " + few;
    return n + " " + many;
  }

  /**
   * What goes into {@code <head>}: title, description, canonical URL, OpenGraph, JSON-LD, feeds.
   */
  record Head(
      String title,
      String description,
      String canonical,
      String ogType,
      String image,
      String jsonLd,
      List<Feed> feeds,
      String activeSection,
      String query,
      boolean noindex) {
    Head withJsonLd(String json) {
      return new Head(
          title, description, canonical, ogType, image, json, feeds, activeSection, query, noindex);
    }

    Head withImage(String url) {
      return new Head(
          title, description, canonical, ogType, url, jsonLd, feeds, activeSection, query, noindex);
    }

    Head withType(String type) {
      return new Head(
          title, description, canonical, type, image, jsonLd, feeds, activeSection, query, noindex);
    }

    Head withSection(String slug) {
      return new Head(
          title, description, canonical, ogType, image, jsonLd, feeds, slug, query, noindex);
    }

    Head withQuery(String q, boolean hide) {
      return new Head(
          title, description, canonical, ogType, image, jsonLd, feeds, activeSection, q, hide);
    }
  }

  record Feed(String title, String url, String type) {}

  /** A story in a list: title, lead, picture, how many outlets, who was first, when. */
  record StoryCard(
      long id,
      String title,
      String lead,
      String image,
      int outlets,
      int articles,
      String firstOutlet,
      String firstOutletSlug,
      String section,
      String sectionName,
      KyivTime.Stamp time) {
    static StoryCard of(StorySummary s, KyivTime time) {
      var st = s.story();
      return new StoryCard(
          st.id(),
          st.title(),
          st.lead(),
          SafeUrl.http(s.image()),
          st.outletCount(),
          st.articleCount(),
          s.firstOutletName(),
          s.firstOutletSlug(),
          st.section(),
          Sections.name(st.section()),
          time.stamp(st.updatedAt()));
    }

    String href() {
      return "/story/" + id;
    }
  }

  record EntityChip(String slug, String name, String type, long count) {
    static EntityChip of(EntityMentions m) {
      return new EntityChip(m.entity().slug(), m.entity().name(), m.entity().type(), m.count());
    }

    String typeName() {
      return switch (type) {
        case "PER" -> "Особа";
        case "ORG" -> "Організація";
        case "LOC" -> "Місце";
        default -> "Тема";
      };
    }
  }

  /** Rates and trending entities, beside the content of most pages. */
  record Sidebar(RatesView rates, List<EntityChip> trending) {}

  /** Previous/next links of a paged list; {@code base} already ends in {@code ?…&} or {@code ?}. */
  record Pager(int page, boolean hasNext, String base) {
    boolean hasPrevious() {
      return page > 1;
    }

    String previous() {
      return page == 2 ? base.substring(0, base.length() - 1) : base + "page=" + (page - 1);
    }

    String next() {
      return base + "page=" + (page + 1);
    }
  }
}

package ua.strichka.source;

import java.util.Locale;

/** How an outlet announces its articles. */
public enum SourceKind {
  /** RSS 0.9x/1.0/2.0 or Atom. */
  FEED,
  /** A sitemap, news sitemap or sitemap index. */
  SITEMAP,
  /** An HTML page listing article links (a section front page). */
  SECTION;

  /** The name stored in the database: {@code feed}, {@code sitemap}, {@code section}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SourceKind ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}

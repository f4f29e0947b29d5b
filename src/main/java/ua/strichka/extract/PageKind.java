package ua.strichka.extract;

/** What kind of page a URL turned out to be. Only {@link #ARTICLE} yields an {@link Article}. */
public enum PageKind {
  ARTICLE,
  /** An outlet's front page. */
  HOME,
  /** A section, tag, author, archive or search listing: many headlines, no text of its own. */
  LISTING,
  /** About, contacts, advertising, privacy and other pages about the site itself. */
  SERVICE,
  /** A page with hardly any text at all. */
  EMPTY
}

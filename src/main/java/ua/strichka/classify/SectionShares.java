package ua.strichka.classify;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * The classifier's shares per section as the store keeps them: "slug:share" pairs above 1%,
 * separated by spaces ("politics:0.871 economy:0.112"). Slugs, not ordinals, so a section added to
 * the taxonomy later does not shift what old rows mean; the shares under 1% never move a vote.
 */
public final class SectionShares {
  private static final double LEAST = 0.01;

  private SectionShares() {}

  /** The compact text of shares by section ordinal. */
  public static String format(double[] shares) {
    StringJoiner out = new StringJoiner(" ");
    Section[] sections = Section.values();
    for (int s = 0; s < shares.length; s++) {
      if (shares[s] >= LEAST) {
        out.add(sections[s].slug() + ":" + String.format(Locale.ROOT, "%.3f", shares[s]));
      }
    }
    return out.toString();
  }

  /**
   * Shares by section ordinal from their compact text, or null when there is none or it cannot be
   * read (a hand-edited row): the article then votes its section whole.
   */
  public static double[] parse(String text) {
    if (text == null || text.isBlank()) return null;
    double[] shares = new double[Section.values().length];
    for (String pair : text.strip().split("\\s+")) {
      int colon = pair.indexOf(':');
      if (colon < 0) return null;
      var section = Section.bySlug(pair.substring(0, colon));
      if (section.isEmpty()) return null;
      try {
        shares[section.get().ordinal()] = Double.parseDouble(pair.substring(colon + 1));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return shares;
  }

  /** The section with the largest share: the classifier's own decision. */
  public static Section top(double[] shares) {
    int best = 0;
    for (int s = 1; s < shares.length; s++) if (shares[s] > shares[best]) best = s;
    return Section.values()[best];
  }

  /** All of a vote for one section: an article whose section is known but not its shares. */
  public static double[] whole(Section section) {
    double[] shares = new double[Section.values().length];
    shares[section.ordinal()] = 1;
    return shares;
  }
}

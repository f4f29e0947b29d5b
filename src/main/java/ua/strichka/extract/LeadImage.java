package ua.strichka.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which image stands for an article: not the site's badge. Sites put their logo in {@code og:image}
 * where a story has no picture of its own ({@code CNBC_Logo_PS.gif}, {@code logo_msn_white.gif}),
 * and layouts put sprites, icons and spacers among the text's images; an aggregator showing them
 * beside a headline shows the outlet, not the story.
 */
final class LeadImage {
  /** A badge's word in the file name, as a word of its own: «appicon» in «fbappicon1» is none. */
  private static final Pattern BADGE =
      Pattern.compile(
          "(?<![a-z])(logo|logos|logotype|sprite|sprites|icon|icons|favicon|ornament|spacer"
              + "|blank|pixel|transparent)(?![a-z])");

  private LeadImage() {}

  /** Whether the URL's file name says it is a logo, sprite, icon or spacer. */
  static boolean isBadge(String url) {
    if (url == null) return false;
    String path = url.strip();
    int query = path.indexOf('?');
    if (query >= 0) path = path.substring(0, query);
    int slash = path.lastIndexOf('/');
    String file = path.substring(slash + 1).toLowerCase(Locale.ROOT);
    return BADGE.matcher(file).find();
  }
}

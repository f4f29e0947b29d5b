package ua.strichka.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places that bylines print beside the author's name, a dateline rather than a second author:
 * «Ірина Морозюк, Харків», «Олег Петренко, Київська область». Names come from the curated {@value
 * #RESOURCE}; oblasts, districts and «м. Назва» are known by their form.
 */
final class BylinePlaces {
  static final String RESOURCE = "/extract/byline-places.txt";

  /** «Харківська область», «Київська обл.», «Бучанський район», «Kharkiv Oblast», «м. Ізюм». */
  private static final Pattern BY_FORM =
      Pattern.compile(
          "(?iU)^(?:\\p{L}[\\p{L}'-]*\\s+(?:область|обл\\.?|район|р-н|край|oblast|region|"
              + "province)|(?:м\\.|г\\.|с\\.|смт|місто|город|city of)\\s*\\p{Lu}[\\p{L}'\\s-]*)$");

  private static final Set<String> NAMES = load();

  private BylinePlaces() {}

  /** True when the whole of {@code text} names a place. */
  static boolean is(String text) {
    String t = text.strip();
    return NAMES.contains(key(t)) || BY_FORM.matcher(t).matches();
  }

  /** Lower case with one apostrophe: «Слов’янськ», «Словʼянськ» and «Слов'янськ» are one town. */
  private static String key(String name) {
    return name.replace('’', '\'').replace('ʼ', '\'').toLowerCase(Locale.ROOT);
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    try (InputStream in = BylinePlaces.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is not on the class path");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) names.add(key(line.strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    return Set.copyOf(names);
  }
}

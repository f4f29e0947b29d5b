package ua.strichka.text;

import java.util.Locale;

/** The languages Strichka tells apart; everything else is {@link #OTHER}. */
public enum Language {
  UK,
  RU,
  EN,
  OTHER;

  /** The ISO 639-1 code ({@code uk}, {@code ru}, {@code en}) or {@code other}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The language of a code as {@link #code()} writes it; unknown codes are {@link #OTHER}. */
  public static Language ofCode(String code) {
    return switch (code == null ? "" : code.strip().toLowerCase(Locale.ROOT)) {
      case "uk" -> UK;
      case "ru" -> RU;
      case "en" -> EN;
      default -> OTHER;
    };
  }
}

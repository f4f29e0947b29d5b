package ua.strichka.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a page's bytes into text. Order of evidence: a byte-order mark (unambiguous, and browsers
 * let it win over the header too), the HTTP {@code Content-Type} charset, {@code <meta charset>} /
 * {@code http-equiv} / the XML declaration, then statistical detection (juniversalchardet), then
 * UTF-8.
 *
 * <p>Declarations are checked against the bytes where they can be: a page that claims UTF-8 but is
 * not valid UTF-8 (a common misconfiguration of old Ukrainian sites serving windows-1251) goes to
 * detection; a page that claims a single-byte charset (every byte sequence is "valid" there) but is
 * well-formed UTF-8 with non-ASCII text is UTF-8, because such bytes almost never happen by chance.
 */
public final class PageCharset {
  /** How far into the page to look for a {@code <meta>} declaration (the HTML spec says 1024). */
  private static final int META_SCAN_BYTES = 8192;

  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  private static final Charset KOI8_U = Charset.forName("KOI8-U");

  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)");

  /**
   * Labels Java does not know but pages use (from the WHATWG Encoding Standard's label table),
   * mapped to what browsers decode them as.
   */
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("utf8", "UTF-8"),
          Map.entry("unicode-1-1-utf-8", "UTF-8"),
          Map.entry("x-cp1251", "windows-1251"),
          Map.entry("win-1251", "windows-1251"),
          Map.entry("win1251", "windows-1251"),
          Map.entry("windows1251", "windows-1251"),
          Map.entry("cp-1251", "windows-1251"),
          Map.entry("koi8", "KOI8-R"),
          Map.entry("koi", "KOI8-R"),
          Map.entry("koi8_r", "KOI8-R"),
          Map.entry("koi8-ru", "KOI8-U"),
          Map.entry("iso-8859-1", "windows-1252"),
          Map.entry("latin1", "windows-1252"),
          Map.entry("us-ascii", "windows-1252"),
          Map.entry("ascii", "windows-1252"));

  private PageCharset() {}

  /**
   * A decoded page.
   *
   * @param text the page as text, BOM removed
   * @param charset what the bytes were decoded as
   * @param source where that came from: {@code bom}, {@code http}, {@code meta}, {@code detected}
   *     or {@code default}
   */
  public record Decoded(String text, Charset charset, String source) {}

  /**
   * Decodes {@code bytes}.
   *
   * @param contentType the HTTP {@code Content-Type} header, or null (a file on disk)
   */
  public static Decoded decode(byte[] bytes, String contentType) {
    Optional<Decoded> bom = byBom(bytes);
    if (bom.isPresent()) return bom.get();
    Optional<String> utf8 = strictUtf8(bytes);
    Optional<Charset> header = charsetOf(contentType, HEADER_CHARSET);
    if (header.isPresent()) {
      Optional<Decoded> d = trusting(bytes, utf8, header.get(), "http");
      if (d.isPresent()) return d.get();
    }
    Optional<Charset> meta = declaredInPage(bytes);
    if (meta.isPresent()) {
      Optional<Decoded> d = trusting(bytes, utf8, meta.get(), "meta");
      if (d.isPresent()) return d.get();
    }
    return detect(bytes, utf8);
  }

  /** The charset a {@code Content-Type} header or attribute value names, if Java knows it. */
  public static Optional<Charset> fromContentType(String contentType) {
    return charsetOf(contentType, HEADER_CHARSET);
  }

  private static Optional<Decoded> byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return Optional.of(
          new Decoded(
              new String(b, 3, b.length - 3, StandardCharsets.UTF_8),
              StandardCharsets.UTF_8,
              "bom"));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return Optional.of(
          new Decoded(
              new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
              StandardCharsets.UTF_16BE,
              "bom"));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return Optional.of(
          new Decoded(
              new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
              StandardCharsets.UTF_16LE,
              "bom"));
    }
    return Optional.empty();
  }

  /**
   * Decodes with a declared charset unless the bytes contradict it; empty means "don't trust the
   * declaration, look further".
   */
  private static Optional<Decoded> trusting(
      byte[] bytes, Optional<String> utf8, Charset declared, String source) {
    // A page in an ASCII-compatible encoding cannot really be UTF-16 (the declaration was read with
    // single-byte eyes), so browsers treat such a label as UTF-8.
    if (declared.name().startsWith("UTF-16")) declared = StandardCharsets.UTF_8;
    if (declared.equals(StandardCharsets.UTF_8)) {
      return utf8.map(text -> new Decoded(text, StandardCharsets.UTF_8, source));
    }
    if (utf8.isPresent() && hasNonAscii(bytes)) {
      return Optional.of(new Decoded(utf8.get(), StandardCharsets.UTF_8, "detected"));
    }
    if (declared.name().equals("windows-1252") && hasNonAscii(bytes)) {
      // "latin1"/"ascii" is what misconfigured servers say by default; on this project's pages
      // high bytes are far more often Cyrillic, so let the detector decide.
      Decoded d = detect(bytes, utf8);
      if (!d.source().equals("default")) return Optional.of(d);
    }
    return Optional.of(new Decoded(new String(bytes, declared), declared, source));
  }

  private static Decoded detect(byte[] bytes, Optional<String> utf8) {
    if (utf8.isPresent()) {
      return new Decoded(
          utf8.get(), StandardCharsets.UTF_8, hasNonAscii(bytes) ? "detected" : "default");
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    Optional<Charset> found = name == null ? Optional.empty() : lookup(name);
    if (found.isPresent()) {
      Charset cs = found.get();
      // The detector knows KOI8-R only. KOI8-U is the same table plus the Ukrainian letters і ї є ґ
      // where KOI8-R has box-drawing characters that no news page uses, so KOI8-U reads both right.
      if (cs.name().equals("KOI8-R")) cs = KOI8_U;
      return new Decoded(new String(bytes, cs), cs, "detected");
    }
    if (looksCyrillicSingleByte(bytes)) {
      return new Decoded(new String(bytes, WINDOWS_1251), WINDOWS_1251, "detected");
    }
    return new Decoded(
        new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "default");
  }

  /**
   * The detector gives up on short texts; then the most common case of non-UTF-8 bytes in Ukrainian
   * news, windows-1251, is the better guess when most high bytes fall in its letter range.
   */
  private static boolean looksCyrillicSingleByte(byte[] bytes) {
    int high = 0;
    int letters = 0;
    for (byte x : bytes) {
      int v = x & 0xff;
      if (v >= 0x80) {
        high++;
        if (v >= 0xC0 || v == 0xB2 || v == 0xB3 || v == 0xBA || v == 0xBF || v == 0xAA) letters++;
      }
    }
    return high > 0 && letters * 10 >= high * 8;
  }

  private static Optional<Charset> declaredInPage(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Optional<Charset> xml = charsetOf(head, XML_ENCODING);
    return xml.isPresent() ? xml : charsetOf(head, META_CHARSET);
  }

  private static Optional<Charset> charsetOf(String text, Pattern pattern) {
    if (text == null) return Optional.empty();
    Matcher m = pattern.matcher(text);
    return m.find() ? lookup(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> lookup(String label) {
    String name = label.strip().toLowerCase(Locale.ROOT);
    name = LABELS.getOrDefault(name, name);
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /** The bytes as UTF-8, or empty when they are not well-formed UTF-8. */
  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) if (b < 0) return true;
    return false;
  }
}

package ua.strichka.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Reads a response body through its Content-Encoding with a cap on the DECODED size: a 10 KB gzip
 * bomb that inflates to gigabytes stops at the cap like any other oversized page.
 */
final class BodyReader {
  /** The body as far as it was read, whether the cap cut it, and why reading stopped early. */
  record Body(byte[] bytes, boolean truncated, FetchError error, String detail) {}

  private BodyReader() {}

  static Body read(InputStream raw, String contentEncoding, long maxBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try (InputStream in = decoding(raw, contentEncoding)) {
      byte[] buf = new byte[16384];
      long room = maxBytes;
      while (true) {
        int n = in.read(buf, 0, (int) Math.min(buf.length, room + 1));
        if (n < 0) return new Body(out.toByteArray(), false, null, null);
        if (n > room) {
          out.write(buf, 0, (int) room);
          return new Body(out.toByteArray(), true, null, null);
        }
        out.write(buf, 0, n);
        room -= n;
      }
    } catch (UnsupportedEncodingError e) {
      return new Body(new byte[0], false, FetchError.BODY_DECODE, e.getMessage());
    } catch (ZipException e) {
      return new Body(
          out.toByteArray(),
          true,
          FetchError.BODY_DECODE,
          "corrupt compressed body: " + e.getMessage());
    } catch (java.io.EOFException e) {
      return new Body(out.toByteArray(), true, FetchError.INCOMPLETE_BODY, "body ended early");
    } catch (java.io.InterruptedIOException e) {
      return new Body(out.toByteArray(), true, FetchError.TIMEOUT, "body not complete in time");
    } catch (IOException e) {
      return new Body(
          out.toByteArray(), true, FetchError.INCOMPLETE_BODY, String.valueOf(e.getMessage()));
    }
  }

  private static final class UnsupportedEncodingError extends IOException {
    UnsupportedEncodingError(String encoding) {
      super("unsupported Content-Encoding " + encoding);
    }
  }

  private static InputStream decoding(InputStream raw, String encoding) throws IOException {
    String e = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT);
    return switch (e) {
      case "", "identity" -> raw;
      case "gzip", "x-gzip" -> new GZIPInputStream(raw, 16384);
      case "deflate" -> deflate(raw);
      default -> {
        raw.close();
        throw new UnsupportedEncodingError(encoding);
      }
    };
  }

  /**
   * "deflate" should be zlib-wrapped (RFC 9110), but servers send raw DEFLATE too: the first byte
   * tells which.
   */
  private static InputStream deflate(InputStream raw) throws IOException {
    PushbackInputStream in = new PushbackInputStream(raw, 2);
    int b0 = in.read();
    int b1 = in.read();
    if (b1 >= 0) in.unread(b1);
    if (b0 >= 0) in.unread(b0);
    boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
    return new InflaterInputStream(in, new Inflater(!zlib), 16384);
  }
}

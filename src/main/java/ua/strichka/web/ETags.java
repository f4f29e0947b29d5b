package ua.strichka.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32C;

/**
 * ETags for every GET answer the handlers produce. Javalin can generate them too, but it feeds the
 * body through an Adler-32 stream byte by byte, which cost more than rendering a cached page;
 * CRC32C runs on the CPU's own instruction. With the ETag header set, Javalin answers a matching
 * {@code If-None-Match} with 304.
 */
final class ETags {
  private ETags() {}

  static String of(byte[] body) {
    CRC32C crc = new CRC32C();
    crc.update(body);
    return "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
  }

  /** After a handler: tags a successful GET answer that has no ETag yet. */
  static void tag(Context ctx) {
    if (ctx.method() != HandlerType.GET || ctx.statusCode() != 200) return;
    if (ctx.res().getHeader("ETag") != null) return;
    InputStream in = ctx.resultInputStream();
    if (in == null) return;
    try {
      byte[] body = in.readAllBytes();
      ctx.header("ETag", of(body));
      ctx.result(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

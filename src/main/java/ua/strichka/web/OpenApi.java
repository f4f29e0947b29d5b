package ua.strichka.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code /api/openapi.json}: the hand-written OpenAPI 3.1 description of API v1, a resource in the
 * jar. {@code OpenApiTest} keeps it in step with the routes the site registers.
 */
final class OpenApi {
  static final byte[] DOCUMENT = load();

  private OpenApi() {}

  static void serve(Context ctx) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.result(DOCUMENT);
  }

  private static byte[] load() {
    try (InputStream in = OpenApi.class.getResourceAsStream("/web/openapi.json")) {
      if (in == null) throw new IllegalStateException("web/openapi.json missing from the jar");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

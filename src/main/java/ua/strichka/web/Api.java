package ua.strichka.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the JSON API handlers share: one JSON writer (snake_case, nulls left out), cache headers,
 * pagination parameters and the page envelope. ETags and 304 answers come from Javalin's ETag
 * support, which hashes each GET response and compares it with {@code If-None-Match}.
 */
final class Api {
  static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  static final int MAX_PER_PAGE = 100;

  /** Page and size as asked, or a 400 naming the parameter. */
  record Paging(int page, int perPage) {
    int offset() {
      return (page - 1) * perPage;
    }
  }

  private Api() {}

  static Paging paging(Context ctx) {
    return new Paging(
        number(ctx, "page", 1, 1, 10_000),
        number(ctx, "per_page", SiteContext.PER_PAGE, 1, MAX_PER_PAGE));
  }

  private static int number(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) return fallback;
    if (!v.matches("\\d{1,6}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
      throw new BadRequestResponse(name + ": expected a whole number from " + min + " to " + max);
    }
    return Integer.parseInt(v);
  }

  /** A page of items with where the next one is (null on the last page). */
  static Map<String, Object> page(Context ctx, Paging p, List<?> items, long total) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("items", items);
    m.put("page", p.page());
    m.put("per_page", p.perPage());
    m.put("total", total);
    if ((long) p.page() * p.perPage() < total) {
      String query =
          ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)page=\\d*", "");
      query = query.startsWith("&") ? query.substring(1) : query;
      m.put(
          "next",
          ctx.path() + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + (p.page() + 1));
    }
    return m;
  }

  static void json(Context ctx, Object value, String cacheControl) {
    try {
      ctx.contentType("application/json; charset=utf-8");
      ctx.header("Cache-Control", cacheControl);
      ctx.result(JSON.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static void json(Context ctx, Object value) {
    json(ctx, value, "public, max-age=60");
  }

  static String time(Instant t) {
    return t == null ? null : KyivTime.iso(t);
  }
}

package ua.strichka.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;
import ua.strichka.extract.ExtractionRules;
import ua.strichka.store.OutletRecord;

/**
 * Outlet management under {@code /api/v1/admin}: list, add, pause, resume, set extraction rules.
 * Every request needs {@code Authorization: Bearer <admin.token>}; with no token configured, every
 * request is refused.
 */
final class AdminApi {
  private static final java.util.regex.Pattern SLUG =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private final SiteContext site;
  private final byte[] tokenHash;

  AdminApi(SiteContext site) {
    this.site = site;
    this.tokenHash = site.adminToken.isEmpty() ? null : sha256(site.adminToken);
  }

  /**
   * The check before every admin route. Both sides are hashed first so the comparison is constant
   * time whatever the lengths: a timing difference must not reveal how much of a guess was right.
   */
  void authorize(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    String header = ctx.header("Authorization");
    boolean ok =
        tokenHash != null
            && header != null
            && header.startsWith("Bearer ")
            && MessageDigest.isEqual(tokenHash, sha256(header.substring(7).strip()));
    if (!ok) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"strichka-admin\"");
      throw new UnauthorizedResponse("admin token required");
    }
  }

  void list(Context ctx) {
    Api.json(
        ctx,
        Map.of(
            "items", site.store.outlets().all().stream().map(ApiModels.AdminOutlet::of).toList()),
        "no-store");
  }

  void add(Context ctx) {
    JsonNode body = body(ctx);
    String slug = body.path("slug").asText("");
    String name = body.path("name").asText("").strip();
    String home = SafeUrl.http(body.path("home_url").asText(""));
    if (!SLUG.matcher(slug).matches())
      throw new BadRequestResponse("slug: expected lowercase letters, digits and dashes");
    if (name.isEmpty()) throw new BadRequestResponse("name: required");
    if (home == null) throw new BadRequestResponse("home_url: expected an http or https URL");
    String section =
        body.hasNonNull("default_section") ? body.get("default_section").asText() : null;
    if (section != null && Sections.name(section) == null)
      throw new BadRequestResponse("default_section: unknown section");
    double weight = body.path("weight").asDouble(0.5);
    if (weight < 0 || weight > 1)
      throw new BadRequestResponse("weight: expected a number from 0 to 1");
    OutletRecord o =
        new OutletRecord(
            null,
            slug,
            name,
            home,
            body.hasNonNull("language") ? body.get("language").asText() : null,
            section,
            weight,
            body.path("full_text_allowed").asBoolean(false),
            null,
            null,
            false,
            Instant.now());
    site.store.outlets().upsert(o);
    ctx.status(201);
    Api.json(
        ctx, ApiModels.AdminOutlet.of(site.store.outlets().bySlug(slug).orElseThrow()), "no-store");
    ctx.status(201);
  }

  void pause(Context ctx) {
    setPaused(ctx, true);
  }

  void resume(Context ctx) {
    setPaused(ctx, false);
  }

  private void setPaused(Context ctx, boolean paused) {
    site.store.outlets().upsert(outlet(ctx).withPaused(paused));
    Api.json(ctx, ApiModels.AdminOutlet.of(outlet(ctx)), "no-store");
  }

  /**
   * Replaces the outlet's extraction rules with the request body, which must be a JSON object whose
   * selectors and zone the extractor can use: a typo is answered now, not found in the crawl's log.
   */
  void rules(Context ctx) {
    OutletRecord o = outlet(ctx);
    JsonNode rules = body(ctx);
    try {
      ExtractionRules.ofOutlet(rules.toString());
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    site.store.outlets().upsert(o.withRules(rules.toString()));
    Api.json(ctx, ApiModels.AdminOutlet.of(outlet(ctx)), "no-store");
  }

  private OutletRecord outlet(Context ctx) {
    return site.store.outlets().bySlug(ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new);
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode node = Api.JSON.readTree(ctx.bodyAsBytes());
      if (node == null || !node.isObject()) throw new BadRequestResponse("expected a JSON object");
      return node;
    } catch (IOException e) {
      throw new BadRequestResponse("expected a JSON object");
    }
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

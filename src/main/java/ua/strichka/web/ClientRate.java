package ua.strichka.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.TooManyRequestsResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Searches and API requests per client: a token bucket of {@code rate} a second and bursts of twice
 * that; past it, 429 with Retry-After. Search is the one costly page (the rest are cached renders),
 * so one client cannot starve the others.
 *
 * <p>Hand-written because Javalin's {@code NaiveRateLimit} is JVM-wide (every site in a JVM shares
 * one counter), keys by path (each search URL its own budget) and resets in fixed windows. The
 * buckets sit in a bounded Caffeine cache, so a flood of addresses cannot grow memory.
 *
 * <p>The client is the peer address; behind a reverse proxy on this machine (web.host 127.0.0.1, as
 * the configuration advises) it is the last address the proxy put in X-Forwarded-For. That header
 * is believed only from a loopback peer: anyone else could write it.
 */
final class ClientRate {
  private final double perSecond;
  private final double burst;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(5)).build();

  /**
   * @param perSecond requests a second per client; 0 or less: no limit
   */
  ClientRate(int perSecond) {
    this.perSecond = perSecond;
    this.burst = 2.0 * perSecond;
  }

  /** A before-handler: lets the request through or answers 429. */
  void check(Context ctx) {
    if (perSecond <= 0) return;
    Bucket b = buckets.get(client(ctx), k -> new Bucket(burst, System.nanoTime()));
    long waitSeconds = b.take(perSecond, burst, System.nanoTime());
    if (waitSeconds > 0) {
      ctx.header("Retry-After", Long.toString(waitSeconds));
      throw new TooManyRequestsResponse(
          "too many requests from your address: try again in " + waitSeconds + " s");
    }
  }

  static String client(Context ctx) {
    String peer = ctx.req().getRemoteAddr();
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank() || !loopback(peer)) return peer;
    String[] hops = forwarded.split(",");
    return hops[hops.length - 1].strip();
  }

  private static boolean loopback(String address) {
    try {
      // An address literal: no DNS lookup happens.
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Tokens left and when they were last counted; refilled lazily on each request. */
  private static final class Bucket {
    private double tokens;
    private long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }

    /** Takes one token; 0 when there was one, else the seconds until there will be. */
    synchronized long take(double perSecond, double burst, long now) {
      tokens = Math.min(burst, tokens + (now - at) / 1e9 * perSecond);
      at = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }
  }
}

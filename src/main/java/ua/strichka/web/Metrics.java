package ua.strichka.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * {@code /metrics} in the Prometheus text format: request timings per route and status, JVM and
 * process figures. Routes are the matched patterns ({@code /story/{id}}), never raw paths, so the
 * number of series stays bounded whatever is requested.
 */
final class Metrics {
  private static final String START = "strichka.start";

  static PrometheusMeterRegistry registry() {
    PrometheusMeterRegistry r = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(r);
    new JvmThreadMetrics().bindTo(r);
    new ProcessorMetrics().bindTo(r);
    new UptimeMetrics().bindTo(r);
    new JvmGcMetrics().bindTo(r);
    return r;
  }

  private final PrometheusMeterRegistry registry;

  Metrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  void start(Context ctx) {
    ctx.attribute(START, System.nanoTime());
  }

  void finish(Context ctx) {
    Long start = ctx.attribute(START);
    if (start == null) return;
    String route;
    try {
      route = ctx.endpointHandlerPath();
    } catch (RuntimeException e) {
      route = "";
    }
    if (route == null || route.isEmpty() || route.equals("*")) {
      route = ctx.path().startsWith("/static/") ? "/static/*" : "other";
    }
    Timer.builder("http.server.requests")
        .description("Time to answer HTTP requests")
        .tag("method", ctx.method().name())
        .tag("route", route)
        .tag("status", Integer.toString(ctx.statusCode()))
        .register(registry)
        .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
    ctx.header("Cache-Control", "no-store");
    ctx.result(registry.scrape());
  }
}

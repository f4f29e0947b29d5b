package ua.strichka.sampleweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Fault mode on one outlet: every planted fault behaves as {@link SampleWeb#faults()} says. */
@Tag("slow")
class FaultModeTest {
  static final String OUTLET = "kyiv-herald";
  static SampleWeb web;

  @BeforeAll
  static void start() throws Exception {
    web = SampleWeb.start(SampleWebOptions.defaults().withSeed(3).withFaults(Set.of(OUTLET)));
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  static Fault fault(Fault.Kind kind) {
    return web.faults().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
  }

  static TruthArticle truthOf(Fault f) {
    return web.truth(f.articleId().orElseThrow()).orElseThrow();
  }

  @Test
  void onlyTheChosenOutletMisbehavesAndEveryKindIsPlanted() {
    assertThat(web.faults()).allMatch(f -> f.outlet().equals(OUTLET));
    assertThat(web.faults()).extracting(Fault::kind).containsExactlyInAnyOrder(Fault.Kind.values());
    assertThat(
            Client.ok(web.outlet("kyivskyi-visnyk").base())
                .headers()
                .firstValue("Content-Encoding"))
        .isEmpty();
  }

  @Test
  void faultyUrlsAreDiscoverableFromTheFeedAndPages() {
    String feed = Client.text(Client.ok(web.outlet(OUTLET).feeds().getFirst()));
    for (Fault.Kind k :
        List.of(
            Fault.Kind.REDIRECT_CHAIN,
            Fault.Kind.REDIRECT_LOOP,
            Fault.Kind.HANGING,
            Fault.Kind.HUGE)) {
      assertThat(feed).as(k.name()).contains(fault(k).url().toString());
    }
    String home = Client.text(Client.ok(web.outlet(OUTLET).base()));
    for (Fault.Kind k :
        List.of(
            Fault.Kind.BROKEN_FEED,
            Fault.Kind.ENTITY_BOMB,
            Fault.Kind.XXE,
            Fault.Kind.DUPLICATE_ITEMS)) {
      assertThat(home).as(k.name()).contains(fault(k).url().toString());
    }
  }

  @Test
  void serverErrorsThenSuccessWithinThreeTries() {
    URI url = fault(Fault.Kind.SERVER_ERROR).url();
    assertThat(Client.get(url).statusCode()).isEqualTo(500);
    assertThat(Client.get(url).statusCode()).isEqualTo(503);
    assertThat(Client.text(Client.get(url)))
        .contains(truthOf(fault(Fault.Kind.SERVER_ERROR)).title());
  }

  @Test
  void rateLimitSaysWhenToComeBack() {
    URI url = fault(Fault.Kind.RATE_LIMITED).url();
    HttpResponse<byte[]> first = Client.get(url);
    assertThat(first.statusCode()).isEqualTo(429);
    assertThat(first.headers().firstValue("Retry-After")).contains("1");
    assertThat(Client.get(url).statusCode()).isEqualTo(200);
  }

  @Test
  void redirectChainTakesThreeHopsToTheArticle() {
    URI url = fault(Fault.Kind.REDIRECT_CHAIN).url();
    List<Integer> codes = new ArrayList<>();
    HttpResponse<byte[]> r = Client.get(url);
    while (r.statusCode() / 100 == 3) {
      codes.add(r.statusCode());
      url = url.resolve(r.headers().firstValue("Location").orElseThrow());
      r = Client.get(url);
    }
    assertThat(codes).containsExactly(301, 302, 307);
    assertThat(url).isEqualTo(truthOf(fault(Fault.Kind.REDIRECT_CHAIN)).url());
    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void redirectLoopNeverEnds() throws Exception {
    URI url = fault(Fault.Kind.REDIRECT_LOOP).url();
    for (int hop = 0; hop < 6; hop++) {
      HttpResponse<byte[]> r = Client.get(url);
      assertThat(r.statusCode()).isEqualTo(301);
      url = url.resolve(r.headers().firstValue("Location").orElseThrow());
    }
    HttpClient following =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    // A client that follows redirects gives up after its limit and is left with a redirect.
    HttpResponse<Void> end =
        following.send(
            HttpRequest.newBuilder(fault(Fault.Kind.REDIRECT_LOOP).url()).build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(end.statusCode()).isEqualTo(301);
  }

  @Test
  void gzipEvenWhenNotAskedFor() throws Exception {
    Fault f = fault(Fault.Kind.GZIP);
    HttpResponse<byte[]> r = Client.get(f.url());
    assertThat(r.headers().firstValue("Content-Encoding")).contains("gzip");
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contains(truthOf(f).title());
    }
  }

  @Test
  void wrongCharsetAndTruncatedHtml() {
    Fault wrong = fault(Fault.Kind.WRONG_CHARSET);
    HttpResponse<byte[]> r = Client.get(wrong.url());
    assertThat(r.headers().firstValue("Content-Type")).contains("text/html; charset=windows-1251");
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains(truthOf(wrong).title());
    assertThat(Client.text(r)).doesNotContain(truthOf(wrong).title());

    Fault cut = fault(Fault.Kind.TRUNCATED);
    String html = Client.text(Client.get(cut.url()));
    assertThat(html).doesNotContain("</html>");
    String[] paras = truthOf(cut).text().split("\n\n");
    assertThat(html).contains(paras[paras.length - 1]);
  }

  @Test
  void hugePageIsStreamedWholly() throws Exception {
    HttpResponse<InputStream> r =
        Client.HTTP.send(
            HttpRequest.newBuilder(fault(Fault.Kind.HUGE).url()).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(FaultPlan.HUGE_BYTES);
    long total = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = r.body()) {
      for (int n; (n = in.read(buf)) > 0; ) total += n;
    }
    assertThat(total).isEqualTo(FaultPlan.HUGE_BYTES);
  }

  @Test
  void hangingResponseTimesOutOnTheClient() throws Exception {
    // java.net.http's request timeout ends with the headers; the body must be timed by the caller.
    HttpRequest request =
        HttpRequest.newBuilder(fault(Fault.Kind.HANGING).url())
            .timeout(Duration.ofSeconds(2))
            .build();
    var body = Client.HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    assertThatThrownBy(() -> body.get(800, TimeUnit.MILLISECONDS))
        .isInstanceOf(TimeoutException.class);
    body.cancel(true);
    HttpResponse<InputStream> started =
        Client.HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(started.statusCode()).isEqualTo(200);
    started.body().close();
  }

  @Test
  void slowPageAnswersOnlyAfterSeconds() throws Exception {
    Fault f = fault(Fault.Kind.SLOW);
    HttpRequest impatient = HttpRequest.newBuilder(f.url()).timeout(Duration.ofMillis(500)).build();
    assertThatThrownBy(() -> Client.HTTP.send(impatient, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(Client.text(Client.ok(f.url()))).contains(truthOf(f).title());
  }

  @Test
  void hostileFeedsAreRefusedByAHardenedParser() {
    assertThatThrownBy(() -> Client.xml(Client.ok(fault(Fault.Kind.BROKEN_FEED).url()).body()))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] bomb = Client.ok(fault(Fault.Kind.ENTITY_BOMB).url()).body();
    assertThat(new String(bomb, StandardCharsets.UTF_8)).contains("<!ENTITY lol9");
    assertThatThrownBy(() -> Client.xml(bomb)).hasMessageContaining("DOCTYPE");
    byte[] xxe = Client.ok(fault(Fault.Kind.XXE).url()).body();
    assertThat(new String(xxe, StandardCharsets.UTF_8)).contains("SYSTEM \"file:///etc/passwd\"");
    assertThatThrownBy(() -> Client.xml(xxe)).hasMessageContaining("DOCTYPE");
  }

  @Test
  void duplicateFeedRepeatsTheMainFeedsItems() {
    List<String> main = links(Client.xml(web.outlet(OUTLET).feeds().getFirst()));
    List<String> copy = links(Client.xml(fault(Fault.Kind.DUPLICATE_ITEMS).url()));
    assertThat(copy).isNotEmpty();
    assertThat(main.stream().map(FaultModeTest::untracked).toList())
        .containsAll(copy.stream().map(FaultModeTest::untracked).toList());
  }

  private static String untracked(String link) {
    return link.replaceAll("\\?utm_.*", "");
  }

  private static List<String> links(org.w3c.dom.Document rss) {
    var items = rss.getElementsByTagName("link");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.getLength(); i++) {
      if (items.item(i).getParentNode().getNodeName().equals("item"))
        out.add(items.item(i).getTextContent());
    }
    return out;
  }
}

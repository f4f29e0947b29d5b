package ua.strichka.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ua.strichka.testing.LoopbackWeb;
import ua.strichka.testing.TestFetch;

class SsrfGuardTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.1.2.3",
        "10.0.0.1",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "255.255.255.255",
        "198.18.0.1",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "fd12:3456::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.1.2.3",
        "::127.0.0.1",
        "64:ff9b::a9fe:a9fe",
        "2002:7f00:0001::1",
        "2001:db8::1"
      })
  void forbidsNonPublicAddresses(String address) throws Exception {
    assertThat(SsrfGuard.isForbidden(InetAddress.getByName(address))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8",
        "104.16.1.1",
        "172.32.0.1",
        "100.128.0.1",
        "2606:4700::6810:84e5",
        "64:ff9b::808:808",
        "2002:0808:0808::1"
      })
  void allowsPublicAddresses(String address) throws Exception {
    assertThat(SsrfGuard.isForbidden(InetAddress.getByName(address))).isFalse();
  }

  @Test
  void refusesLoopbackNamesUnlessAllowed() throws Exception {
    assertThatThrownBy(() -> new SsrfGuard(false, List.of()).vet("localhost"))
        .isInstanceOf(SsrfGuard.RefusedAddressException.class)
        .hasMessageContaining("non-public");
    assertThat(new SsrfGuard(true, List.of()).vet("localhost")).isNotEmpty();
    assertThat(new SsrfGuard(false, List.of("127.0.0.1")).vet("127.0.0.1")).hasSize(1);
    assertThatThrownBy(() -> new SsrfGuard(false, List.of("127.0.0.1")).vet("127.0.0.2"))
        .isInstanceOf(SsrfGuard.RefusedAddressException.class);
  }

  @Test
  void pinnedAddressesAreWhatConnectionsResolve() throws Exception {
    // The resolver provider is installed for the whole JVM: a pinned name resolves to the pin.
    PinnedResolver.pin("pinned.strichka.invalid", List.of(InetAddress.getByName("127.0.0.9")));
    assertThat(InetAddress.getAllByName("pinned.strichka.invalid"))
        .extracting(InetAddress::getHostAddress)
        .containsExactly("127.0.0.9");
  }

  @Test
  void fetcherRefusesPrivateTargetsWithoutSendingARequest() {
    try (LoopbackWeb web = LoopbackWeb.start().page("/", "text/html", "<p>secret</p>");
        Fetcher fetcher = new Fetcher(withAllowed(List.of()), new SimpleMeterRegistry())) {
      FetchResult r = fetcher.fetch(web.url("/"));
      assertThat(r.error()).isEqualTo(FetchError.REFUSED_ADDRESS);
      assertThat(web.hits()).isEmpty();
    }
  }

  @Test
  void checksEveryRedirectHop() {
    // 127.0.0.1 is allowed for the test, 127.0.0.2 is not: a redirect there must be refused.
    try (LoopbackWeb inner = LoopbackWeb.on("127.0.0.2").page("/admin", "text/plain", "secret");
        LoopbackWeb outer =
            LoopbackWeb.start()
                .route(
                    "/go",
                    ex -> {
                      ex.getResponseHeaders().set("Location", inner.base() + "/admin");
                      LoopbackWeb.send(ex, 302, null, new byte[0]);
                    });
        Fetcher fetcher =
            new Fetcher(withAllowed(List.of("127.0.0.1")), new SimpleMeterRegistry())) {
      FetchResult r = fetcher.fetch(outer.url("/go"));
      assertThat(r.error()).isEqualTo(FetchError.REFUSED_ADDRESS);
      assertThat(r.finalUrl().getHost()).isEqualTo("127.0.0.2");
      assertThat(outer.hits("/go")).hasSize(1);
      assertThat(inner.hits()).isEmpty();
    }
  }

  private static FetchSettings withAllowed(List<String> allowed) {
    FetchSettings s = TestFetch.settings();
    return new FetchSettings(
        s.userAgent(),
        false,
        allowed,
        s.concurrency(),
        s.hostDelay(),
        s.connectTimeout(),
        s.readTimeout(),
        s.totalTimeout(),
        s.maxBodyBytes(),
        s.maxRedirects(),
        s.retries(),
        s.retryBaseDelay(),
        s.maxRetryAfter(),
        s.robotsTtl(),
        s.maxCrawlDelay());
  }
}

package ua.strichka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerFailureTest {
  @TempDir Path dir;

  @Test
  void aBrokenDatabaseGivesAUkrainian500PageAnd503HealthNeverAStackTrace() {
    try (SiteFixture site = new SiteFixture(dir)) {
      site.store.close();
      HttpResponse<String> page = site.get("/about");
      assertThat(page.statusCode()).isEqualTo(500);
      assertThat(page.body())
          .contains("Щось пішло не так")
          .contains("lang=\"uk\"")
          .doesNotContain("Exception")
          .doesNotContain("at ua.")
          .doesNotContain("Hikari");
      HttpResponse<String> api = site.get("/api/v1/stories");
      assertThat(api.statusCode()).isEqualTo(500);
      assertThat(api.body()).isEqualTo("{\"error\":\"internal error\"}");
      HttpResponse<String> health = site.get("/health");
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body()).contains("\"status\":\"unavailable\"");
    }
  }

  @Test
  void theServerStopsAndFreesItsPort() throws Exception {
    SiteFixture site = new SiteFixture(dir);
    int port = site.server.port();
    site.close();
    try (var socket =
        new java.net.ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      assertThat(socket.getLocalPort()).isEqualTo(port);
    }
  }
}

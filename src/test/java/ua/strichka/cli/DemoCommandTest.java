package ua.strichka.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code strichka demo} run in-process: the site fills with stories from the live sample web. */
class DemoCommandTest {
  private static final Pattern STORY = Pattern.compile("href=\"/story/(\\d+)\"");
  private static final Pattern ARTICLE = Pattern.compile("href=\"/article/(\\d+)\"");

  @TempDir Path data;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void demoServesStoriesStoryPagesAndArticlesWithTheirSource() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Main main = new Main();
    CommandLine cli = new CommandLine(main);
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    DemoCommand demo = cli.getSubcommands().get("demo").getCommand();
    CompletableFuture<Integer> run =
        CompletableFuture.supplyAsync(
            () -> cli.execute("demo", "--port", Integer.toString(port), "--data", data.toString()));
    try {
      String base = "http://127.0.0.1:" + port;
      Set<String> stories = new LinkedHashSet<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
      while (stories.size() < 5 && System.nanoTime() < deadline && !run.isDone()) {
        Thread.sleep(1000);
        stories.clear();
        try {
          Matcher m = STORY.matcher(get(base + "/").body());
          while (m.find()) stories.add(m.group(1));
        } catch (java.io.IOException notYet) {
          // the site is not up yet
        }
      }
      assertThat(out.toString()).startsWith("Strichka demo: " + base);
      assertThat(stories).hasSizeGreaterThanOrEqualTo(5);

      HttpResponse<String> story = get(base + "/story/" + stories.iterator().next());
      assertThat(story.statusCode()).isEqualTo(200);
      Matcher article = ARTICLE.matcher(story.body());
      assertThat(article.find()).isTrue();

      HttpResponse<String> page = get(base + "/article/" + article.group(1));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Джерело: <a href=\"http://127.0.0.");

      // the index follows the store within seconds; an inflected form finds the nominative
      String search = base + "/search?q=" + java.net.URLEncoder.encode("України", UTF_8);
      long searchDeadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
      String results = get(search).body();
      while (!results.contains("<mark>") && System.nanoTime() < searchDeadline) {
        Thread.sleep(500);
        results = get(search).body();
      }
      assertThat(results).contains("<mark>Україн");
    } finally {
      demo.stop.countDown();
    }
    assertThat(run.get()).isZero();
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

package ua.strichka.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real OpenSearch node for tests, one per test JVM: the integ-test distribution (no security
 * plugin) that Maven copies to {@code target/opensearch}, with the {@code analysis-common} module
 * it leaves out (Strichka's index needs its {@code whitespace} tokenizer and {@code
 * pattern_capture} filter) added back from its jar, started on 127.0.0.1 with a 512 MB heap on this
 * JVM's Java.
 *
 * <p>OpenSearch refuses to run as root, and CI runs as root: then the node runs as {@code nobody}
 * through util-linux's {@code setpriv}, like {@link PostgresServer}. Tests are skipped, with the
 * reason, only where this Java is too old for OpenSearch or the machine lacks the memory.
 */
public final class OpenSearchNode {
  private static final int NOBODY = 65534;
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static OpenSearchNode shared;
  private static String unavailable;

  private final Path home;
  private final Process process;
  private final int port;

  private OpenSearchNode(Path dist, String version, Path home)
      throws IOException, InterruptedException {
    this.home = home;
    this.port = freePort();
    unzip(dist.resolve("opensearch.zip"), home);
    Path os = home.resolve("opensearch-" + version);
    Path module = Files.createDirectories(os.resolve("modules/analysis-common"));
    Files.copy(dist.resolve("analysis-common.jar"), module.resolve("analysis-common.jar"));
    Files.writeString(
        module.resolve("plugin-descriptor.properties"),
        String.join(
            "\n",
            "description=Adds analysis components (Strichka's tests add it to the integ-test zip)",
            "version=" + version,
            "name=analysis-common",
            "classname=org.opensearch.analysis.common.CommonAnalysisModulePlugin",
            "java.version=21",
            "opensearch.version=" + version,
            "custom.foldername=",
            "extended.plugins=",
            "has.native.controller=false",
            ""));
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) run(List.of("chown", "-R", NOBODY + ":" + NOBODY, home.toString()));
    List<String> command = new ArrayList<>();
    if (root) {
      command.addAll(
          List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
    }
    command.addAll(
        List.of(
            os.resolve("bin/opensearch").toString(),
            "-E",
            "network.host=127.0.0.1",
            "-E",
            "http.port=" + port,
            "-E",
            "transport.port=" + freePort(),
            "-E",
            "discovery.type=single-node",
            "-E",
            "cluster.routing.allocation.disk.threshold_enabled=false",
            "-E",
            "path.data=" + home.resolve("data"),
            "-E",
            "path.logs=" + home.resolve("logs")));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("node.log").toFile());
    Map<String, String> env = pb.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
    this.process = pb.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  process.destroy();
                  try {
                    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                      process.destroyForcibly();
                    }
                  } catch (InterruptedException ignored) {
                    process.destroyForcibly();
                  }
                  deleteTree(home);
                }));
    awaitStarted();
  }

  /** The node of this JVM, started on first use; skips the calling test where it cannot run. */
  public static synchronized OpenSearchNode shared() {
    if (shared == null && unavailable == null) unavailable = cannotRun();
    Assumptions.assumeTrue(unavailable == null, () -> "OpenSearch tests skipped: " + unavailable);
    if (shared == null) {
      String dist = System.getProperty("strichka.opensearch.dist");
      String version = System.getProperty("strichka.opensearch.version");
      if (dist == null || version == null) {
        throw new IllegalStateException(
            "no OpenSearch distribution: run the tests through Maven (it copies it to"
                + " target/opensearch)");
      }
      try {
        shared =
            new OpenSearchNode(Path.of(dist), version, Files.createTempDirectory("strichka-os"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return shared;
  }

  /** {@code http://127.0.0.1:port}. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Why the node cannot run here, or null. */
  private static String cannotRun() {
    if (Runtime.version().feature() < 21) {
      return "OpenSearch 3 needs Java 21 or newer; this is Java " + Runtime.version();
    }
    long available = availableMemoryBytes();
    if (available >= 0 && available < 1024L * 1024 * 1024) {
      return "OpenSearch needs 1 GB of free memory (512 MB heap and more); "
          + available / (1024 * 1024)
          + " MB available";
    }
    return null;
  }

  private static long availableMemoryBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemAvailable:")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException ignored) {
      // not Linux: let the node try
    }
    return -1;
  }

  private void awaitStarted() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "OpenSearch exited with " + process.exitValue() + ":\n" + tail());
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) return;
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "OpenSearch did not start within " + START_TIMEOUT + ":\n" + tail());
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(home.resolve("node.log"));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  private static void unzip(Path zip, Path target) throws IOException {
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream z = new ZipInputStream(in)) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        Path out = target.resolve(e.getName()).normalize();
        if (!out.startsWith(target)) continue;
        if (e.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        Files.createDirectories(out.getParent());
        Files.copy(z, out);
        // zip entries carry no reliable mode here: the launch scripts are what must run
        if (out.getParent().getFileName().toString().equals("bin")) {
          Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
      }
    }
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException("failed: " + String.join(" ", command) + "\n" + out);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort on exit
    }
  }
}

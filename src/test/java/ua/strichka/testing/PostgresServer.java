package ua.strichka.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for tests, one per test JVM, from the PostgreSQL binaries zonky
 * publishes on Maven Central.
 *
 * <p>We run {@code initdb} and {@code pg_ctl} ourselves instead of through zonky's {@code
 * EmbeddedPostgres} because PostgreSQL refuses to run as root, and CI runs as root: when we are
 * root, the server's processes drop to the {@code nobody} user through util-linux's {@code
 * setpriv}. Everything else is the plain server.
 */
public final class PostgresServer {
  private static final int NOBODY = 65534;
  private static PostgresServer shared;

  private final Path home;
  private final Path bin;
  private final Path data;
  private final int port;
  private final AtomicInteger databases = new AtomicInteger();

  private PostgresServer(Path home) throws IOException, InterruptedException {
    this.home = home;
    this.bin = home.resolve("dist/bin");
    this.data = home.resolve("data");
    this.port = freePort();
    try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os(), arch())) {
      extract(archive, home.resolve("dist"));
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      run(List.of("chown", "-R", NOBODY + ":" + NOBODY, home.toString()), false);
    }
    run(
        List.of(
            bin.resolve("initdb").toString(),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-D",
            data.toString(),
            "-E",
            "UTF-8",
            "--no-locale"),
        root);
    run(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-l",
            home.resolve("server.log").toString(),
            "-w",
            "-t",
            "60",
            "-o",
            "-p "
                + port
                + " -h 127.0.0.1 -k "
                + home
                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start"),
        root);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    run(
                        List.of(
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            data.toString(),
                            "-m",
                            "immediate",
                            "-w",
                            "stop"),
                        root);
                  } catch (Exception ignored) {
                    // the JVM is exiting; the temporary directory is all that may be left behind
                  }
                  deleteTree(home);
                }));
  }

  /** The server of this JVM, started on first use. */
  public static synchronized PostgresServer shared() {
    if (shared == null) {
      try {
        shared = new PostgresServer(Files.createTempDirectory("strichka-pg"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return shared;
  }

  /** Creates an empty database and returns its JDBC URL. */
  public String newDatabase() {
    String name = "strichka_test_" + databases.incrementAndGet();
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
      c.createStatement().execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database: " + e.getMessage(), e);
    }
    return jdbcUrl(name);
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
  }

  private void run(List<String> command, boolean asNobody)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asNobody) {
      full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
    }
    full.addAll(command);
    Path log = home.resolve("command.log");
    Process p =
        new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(
          "PostgreSQL command failed: " + String.join(" ", full) + "\n" + Files.readString(log));
    }
  }

  private static void extract(InputStream archive, Path target) throws IOException {
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        Path out = target.resolve(e.getName()).normalize();
        if (!out.startsWith(target)) continue;
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else if (e.isSymbolicLink()) {
          Files.createDirectories(out.getParent());
          Files.createSymbolicLink(out, Path.of(e.getLinkName()));
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out);
          Set<PosixFilePermission> perms =
              EnumSet.of(
                  PosixFilePermission.OWNER_READ,
                  PosixFilePermission.OWNER_WRITE,
                  PosixFilePermission.GROUP_READ,
                  PosixFilePermission.OTHERS_READ);
          if ((e.getMode() & 0111) != 0) {
            perms.addAll(
                EnumSet.of(
                    PosixFilePermission.OWNER_EXECUTE,
                    PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
          }
          Files.setPosixFilePermissions(out, perms);
        }
      }
    }
  }

  private static String os() {
    String name = System.getProperty("os.name");
    return name.startsWith("Mac") ? "Darwin" : name.startsWith("Windows") ? "Windows" : "Linux";
  }

  private static String arch() {
    String a = System.getProperty("os.arch");
    return a.equals("amd64") ? "x86_64" : a;
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

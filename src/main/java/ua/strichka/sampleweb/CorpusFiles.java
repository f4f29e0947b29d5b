package ua.strichka.sampleweb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Finds the corpus files on the classpath. The classpath has no directory listing, so this looks
 * where the classes came from: a folder while developing, the jar once packaged. Scanning (rather
 * than an index file) means the corpus writers only add a YAML file.
 */
final class CorpusFiles {
  static final String ROOT = "sampleweb/";

  private CorpusFiles() {}

  /** A named text: a file of the corpus. */
  record Source(String name, String text) {}

  static Source outlets() {
    return read(ROOT + "outlets.yaml");
  }

  static List<Source> corpus() {
    List<Source> sources = new ArrayList<>();
    for (String name : listCorpus()) sources.add(read(name));
    return sources;
  }

  static List<Source> inDirectory(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Source> sources = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        sources.add(new Source(p.getFileName().toString(), Files.readString(p)));
      }
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus folder " + dir, e);
    }
  }

  private static List<String> listCorpus() {
    Path location;
    try {
      location =
          Path.of(CorpusFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the bundled corpus", e);
    }
    String prefix = ROOT + "corpus/";
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.list(location.resolve(prefix))) {
          files
              .map(p -> prefix + p.getFileName())
              .filter(n -> n.endsWith(".yaml"))
              .forEach(names::add);
        }
      } else {
        try (ZipFile jar = new ZipFile(location.toFile())) {
          jar.stream()
              .map(e -> e.getName())
              .filter(n -> n.startsWith(prefix) && n.endsWith(".yaml"))
              .forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the bundled corpus in " + location, e);
    }
    names.sort(Comparator.naturalOrder());
    return names;
  }

  private static Source read(String name) {
    try (InputStream in = CorpusFiles.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) throw new CorpusException(name + ": not found on the classpath");
      return new Source(
          name.substring(name.lastIndexOf('/') + 1),
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}

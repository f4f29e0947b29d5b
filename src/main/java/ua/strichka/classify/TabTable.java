package ua.strichka.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-edited word lists this package ships (lexicon, cue words, outlet labels): one row a
 * line, columns split by tabs, {@code #} comments and blank lines skipped. A row of the wrong shape
 * stops the start with its file and line, since a silently skipped row would quietly change what
 * the classifier learns.
 */
final class TabTable {
  private TabTable() {}

  /** A row's columns and its line number in the file, for messages. */
  record Row(int line, String[] columns) {
    String get(int i) {
      return columns[i];
    }
  }

  /**
   * The rows of the class-path resource {@code resource}, each with {@code shape}'s number of
   * columns (tab-separated names, e.g. {@code "SECTION\tLANG\tWORDS"}).
   */
  static List<Row> read(String resource, String shape) {
    int width = shape.split("\t").length;
    List<Row> rows = new ArrayList<>();
    try (InputStream in = TabTable.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " is not on the class path");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t");
        if (cols.length != width) throw bad(resource, n, shape);
        rows.add(new Row(n, cols));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
    return rows;
  }

  /** The error for a row whose content (not only its width) does not fit {@code shape}. */
  static IllegalStateException bad(String resource, int line, String shape) {
    return new IllegalStateException(
        resource + ":" + line + ": expected " + shape.replace("\t", "<tab>"));
  }
}

package ua.strichka.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The quality report: a headline, then titled tables. Each stage that can be measured against the
 * ground truth adds its own table (extraction F1, story purity, …) so one command prints every
 * figure in one place.
 */
public final class QualityReport {
  private final String headline;
  private final List<Table> tables = new ArrayList<>();

  public QualityReport(String headline) {
    this.headline = headline;
  }

  /** A titled table: a header row and rows of cells, the first cell a label. */
  public record Table(String title, List<String> header, List<List<String>> rows) {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  public QualityReport add(Table table) {
    tables.add(table);
    return this;
  }

  public String headline() {
    return headline;
  }

  public List<Table> tables() {
    return List.copyOf(tables);
  }

  /** Plain text: the headline on the first line, then each table with aligned columns. */
  public void print(PrintWriter out) {
    out.println(headline);
    for (Table t : tables) {
      out.println();
      out.println(t.title());
      int[] widths = new int[t.header().size()];
      List<List<String>> all = new ArrayList<>();
      all.add(t.header());
      all.addAll(t.rows());
      for (List<String> row : all) {
        for (int i = 0; i < row.size() && i < widths.length; i++) {
          widths[i] = Math.max(widths[i], row.get(i).length());
        }
      }
      for (List<String> row : all) {
        StringBuilder line = new StringBuilder(" ");
        for (int i = 0; i < row.size() && i < widths.length; i++) {
          String cell = row.get(i);
          line.append(' ');
          line.append(i == 0 ? pad(cell, widths[i], false) : pad(cell, widths[i], true));
        }
        out.println(line.toString().stripTrailing());
      }
    }
    out.flush();
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - s.length()));
    return right ? fill + s : s + fill;
  }
}

package ua.strichka.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses among rival candidates: no nesting and no overlap, as the annotation conventions want.
 * The longest span wins («Міністерство оборони Японії» over «Японії»), then the more trusted rule
 * (a gazetteer entry over a guess), then the earlier one.
 */
final class Spans {
  private static final Comparator<Candidate> BEST_FIRST =
      (a, b) -> {
        int c = Integer.compare(b.to() - b.from(), a.to() - a.from());
        if (c == 0) c = Integer.compare(b.weight(), a.weight());
        if (c == 0) c = Integer.compare(b.length(), a.length());
        return c != 0 ? c : Integer.compare(a.start(), b.start());
      };

  private Spans() {}

  /** The chosen candidates, in text order. */
  static List<Candidate> select(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(BEST_FIRST);
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : sorted) {
      boolean free = true;
      for (Candidate k : chosen) {
        if (k.overlaps(c)) {
          free = false;
          break;
        }
      }
      if (free) chosen.add(c);
    }
    chosen.sort(Comparator.comparingInt(Candidate::start));
    return chosen;
  }
}

package ua.strichka.rates;

import java.util.List;

/**
 * What one NBU answer held: the rows that make rates, and a line for each row left out.
 *
 * @param problems one entry per row skipped, e.g. {@code "row 24 (USD): no rate"}
 */
public record NbuAnswer(List<Rate> rates, List<String> problems) {
  public NbuAnswer {
    rates = List.copyOf(rates);
    problems = List.copyOf(problems);
  }
}

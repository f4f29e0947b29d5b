package ua.strichka.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import ua.strichka.classify.Section;
import ua.strichka.story.Ranker;
import ua.strichka.story.Story;

/**
 * {@code strichka top --input-dir DIR}: threads by importance, overall ({@code any}) and per
 * contest category; a thread's category is that of its section, the vote of its articles'.
 */
@Command(
    name = "top",
    description = "Rank the threads of a folder's news pages by importance; JSON on stdout.")
final class TopCommand implements Callable<Integer> {
  /** The contest's categories, in its order. */
  static final List<String> CATEGORIES = Section.CONTEST_CATEGORIES;

  @ParentCommand Main main;
  @Mixin ContestInput input;

  @Override
  public Integer call() {
    Duration halfLife = main.config(Map.of()).duration("story.half-life");
    List<Story> threads = input.threads();
    long now = threads.stream().mapToLong(Story::lastPublishedMillis).max().orElse(0);
    long first = threads.stream().mapToLong(Story::firstPublishedMillis).min().orElse(0);
    // A batch covers a day or more: age within it must not outweigh coverage, so the half-life is
    // at least the batch's span.
    Duration span = Duration.ofMillis(Math.max(0, now - first));
    Ranker ranker =
        new Ranker(
            new Ranker.Settings(
                span.compareTo(halfLife) > 0 ? span : halfLife,
                Ranker.Settings.defaults().velocityWindow(),
                Ranker.Settings.defaults().velocityWeight()));
    List<Ranker.Ranked> ranked = ranker.top(threads, now, threads.size());
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(category("any", ranked));
    for (String c : CATEGORIES) {
      out.add(category(c, ranked.stream().filter(r -> category(r.story()).equals(c)).toList()));
    }
    input.print(out);
    return Main.OK;
  }

  /** A thread's contest category: its section's, {@code other} when it has none. */
  static String category(Story story) {
    return Section.bySlug(story.section()).map(Section::contestCategory).orElse("other");
  }

  private static Map<String, Object> category(String name, List<Ranker.Ranked> ranked) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("category", name);
    m.put(
        "threads",
        ranked.stream()
            .map(
                r -> {
                  Map<String, Object> t = new LinkedHashMap<>();
                  t.put("title", r.story().title());
                  t.put("category", category(r.story()));
                  t.put("articles", r.story().articles());
                  return t;
                })
            .toList());
    return m;
  }
}

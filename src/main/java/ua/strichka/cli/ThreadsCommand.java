package ua.strichka.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import ua.strichka.story.Story;

/**
 * {@code strichka threads --input-dir DIR}: the news pages grouped into threads (stories), each
 * with its title and its articles most relevant first (contest format). Every news page is in
 * exactly one thread.
 */
@Command(
    name = "threads",
    description = "Group the news pages of a folder into threads (stories); JSON on stdout.")
final class ThreadsCommand implements Callable<Integer> {
  @Mixin ContestInput input;

  @Override
  public Integer call() {
    List<Story> threads = input.threads();
    List<Map<String, Object>> out =
        threads.stream()
            .sorted((a, b) -> Integer.compare(b.articleCount(), a.articleCount()))
            .map(ThreadsCommand::thread)
            .toList();
    input.print(out);
    return Main.OK;
  }

  static Map<String, Object> thread(Story s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", s.title());
    m.put("articles", s.articles());
    return m;
  }
}

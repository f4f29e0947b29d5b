package ua.strichka.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code strichka languages --input-dir DIR}: the pages grouped by language, as the Telegram Data
 * Clustering Contest's {@code tgnews languages} prints them.
 */
@Command(
    name = "languages",
    description =
        "Group the HTML pages of a folder by language (uk, ru, en, other); JSON on stdout.")
final class LanguagesCommand implements Callable<Integer> {
  @Mixin ContestInput input;

  @Override
  public Integer call() {
    List<ContestBatch.Item> items = input.analyse();
    Map<String, List<String>> byLanguage = new LinkedHashMap<>();
    for (String code : List.of("uk", "ru", "en", "other")) byLanguage.put(code, new ArrayList<>());
    for (ContestBatch.Item i : items) byLanguage.get(i.language()).add(i.page().file());
    List<Map<String, Object>> out = new ArrayList<>();
    byLanguage.forEach(
        (code, files) -> {
          if (!files.isEmpty()) out.add(Map.of("lang_code", code, "articles", files));
        });
    input.print(out);
    return Main.OK;
  }
}

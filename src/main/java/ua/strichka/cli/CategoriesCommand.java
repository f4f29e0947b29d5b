package ua.strichka.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import ua.strichka.classify.ContestCategory;
import ua.strichka.classify.Section;
import ua.strichka.classify.SectionLabels;
import ua.strichka.text.Language;

/**
 * {@code strichka categories --input-dir DIR}: the news pages of a folder by contest category
 * ({@code society}, {@code economy}, {@code technology}, {@code sports}, {@code entertainment},
 * {@code science}, {@code other}). A page's category is its section's (from its URL's section when
 * the outlet names one, else from its words), or {@code other} when its headline names a topic none
 * of the six fits ({@link ContestCategory}). Pages that are not news, or in a language other than
 * Ukrainian, Russian or English, are left out, as the contest's categories step does.
 */
@Command(
    name = "categories",
    description = "Group the news pages of a folder by category (contest format); JSON on stdout.")
final class CategoriesCommand implements Callable<Integer> {
  private static final Set<String> LANGUAGES = Set.of("uk", "ru", "en");

  @ParentCommand Main main;
  @Mixin ContestInput input;

  @Override
  public Integer call() {
    Map<String, List<String>> byCategory = new LinkedHashMap<>();
    for (String c : Section.CONTEST_CATEGORIES) byCategory.put(c, new ArrayList<>());
    SectionLabels labels =
        SectionLabels.withOverrides(main.config(Map.of()).list("classify.section-labels"));
    for (ContestBatch.Item item :
        ContestBatch.analyse(input.inputDir, input.spec.commandLine().getErr(), labels)) {
      if (!item.news() || !LANGUAGES.contains(item.language())) continue;
      String category =
          ContestCategory.of(
              item.page().title(),
              item.page().description(),
              Language.ofCode(item.language()),
              item.section());
      byCategory.get(category).add(item.page().file());
    }
    List<Map<String, Object>> out = new ArrayList<>();
    byCategory.forEach(
        (category, files) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("category", category);
          m.put("articles", files.stream().sorted().toList());
          out.add(m);
        });
    input.print(out);
    return Main.OK;
  }
}

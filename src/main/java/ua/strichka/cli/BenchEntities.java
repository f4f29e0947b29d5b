package ua.strichka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.bench.BratCorpus;
import ua.strichka.bench.EntityQuality;
import ua.strichka.bench.QualityReport;
import ua.strichka.entity.EntityTagger;
import ua.strichka.text.Language;

/**
 * {@code strichka bench entities --brat DIR}: the tagger's exact-span P/R/F1 per type on any folder
 * of Brat standoff annotations (public NER corpora), for judging it on text it was not tuned on.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description =
        "Entity tagging against a folder of Brat standoff files (X.txt or X.tok.txt beside X.ann or"
            + " X.tok.ann): exact-span precision, recall and F1 for PER (PERS), ORG and LOC and"
            + " their micro average; a tag exactly on a MISC span counts neither way.")
final class BenchEntities implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--brat", required = true, paramLabel = "DIR", description = "Brat folder.")
  Path dir;

  @Option(
      names = "--language",
      defaultValue = "uk",
      paramLabel = "CODE",
      description = "Language of the texts: uk, ru, en, or auto to detect each (default: uk).")
  String language;

  @Option(
      names = "--errors",
      defaultValue = "0",
      paramLabel = "N",
      description = "Also list up to N errors: false positives (FP) and misses (FN).")
  int errors;

  @Override
  public Integer call() {
    Language lang = language.equalsIgnoreCase("auto") ? null : Language.ofCode(language);
    if (lang == Language.OTHER) {
      throw new IllegalArgumentException("--language must be uk, ru, en or auto, got " + language);
    }
    List<BratCorpus.Document> documents = BratCorpus.read(dir);
    EntityQuality quality = EntityQuality.measure(documents, new EntityTagger(), lang);
    PrintWriter out = spec.commandLine().getOut();
    new QualityReport("Entities against " + dir)
        .add(quality.table("entities, exact spans"))
        .print(out);
    if (errors > 0) {
      out.println();
      out.println("entity errors:");
      quality.printErrors(out, errors);
    }
    return Main.OK;
  }
}

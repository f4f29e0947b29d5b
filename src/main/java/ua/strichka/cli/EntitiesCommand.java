package ua.strichka.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.entity.EntityTagger;
import ua.strichka.entity.Mention;

/**
 * {@code strichka entities --input-dir DIR --output OUT.json}: the people, organisations and places
 * of every {@code *.txt} file, as {@code {"NAME": [{"start", "end", "type", "text", "lemma"}, …]}}
 * with offsets in Java {@code String} indices into the file's UTF-8 text.
 */
@Command(
    name = "entities",
    description =
        "Tag people, organisations and places in the *.txt files of a folder; JSON to --output"
            + " (or stdout).")
final class EntitiesCommand implements Callable<Integer> {
  /** Larger files are no articles; refusing them keeps memory bounded. */
  static final long MAX_BYTES = 20L * 1024 * 1024;

  @Spec CommandSpec spec;

  @Option(
      names = "--input-dir",
      required = true,
      paramLabel = "DIR",
      description = "Folder of UTF-8 *.txt files (subfolders too).")
  Path inputDir;

  @Option(names = "--output", paramLabel = "OUT.json", description = "Write the JSON here.")
  Path output;

  /** One file's result: its mentions, or why it was skipped. */
  private record Tagged(String name, Path file, List<Mention> mentions, String problem) {}

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(inputDir)) throw new IOException("not a directory: " + inputDir);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(inputDir)) {
      files = walk.filter(Files::isRegularFile).filter(EntitiesCommand::isText).sorted().toList();
    } catch (UncheckedIOException e) {
      throw new IOException("cannot list " + inputDir + ": " + e.getCause().getMessage(), e);
    }
    EntityTagger tagger = new EntityTagger();
    List<Tagged> results = files.parallelStream().map(f -> tag(tagger, f)).toList();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, Object> byName = new LinkedHashMap<>();
    for (Tagged t : results) {
      if (t.problem() != null) {
        err.println("strichka: skipped " + t.file() + ": " + t.problem());
      } else if (byName.containsKey(t.name())) {
        err.println("strichka: skipped " + t.file() + ": another file is also named " + t.name());
      } else {
        byName.put(t.name(), t.mentions().stream().map(EntitiesCommand::json).toList());
      }
    }
    err.flush();
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    if (output != null) {
      mapper.writeValue(output.toFile(), byName);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.println(mapper.writeValueAsString(byName));
      out.flush();
    }
    return Main.OK;
  }

  private static boolean isText(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  private static Tagged tag(EntityTagger tagger, Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        return new Tagged(name, file, null, "larger than " + (MAX_BYTES >> 20) + " MB");
      }
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
      return new Tagged(name, file, tagger.tag(text), null);
    } catch (CharacterCodingException e) {
      return new Tagged(name, file, null, "not UTF-8 text");
    } catch (IOException | RuntimeException e) {
      return new Tagged(name, file, null, Objects.toString(e.getMessage(), e.toString()));
    }
  }

  private static Map<String, Object> json(Mention m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("start", m.start());
    o.put("end", m.end());
    o.put("type", m.type().name());
    o.put("text", m.text());
    o.put("lemma", m.lemma());
    return o;
  }
}

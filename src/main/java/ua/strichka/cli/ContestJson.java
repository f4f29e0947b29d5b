package ua.strichka.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;

/** Batch mode prints one JSON document on stdout and nothing else. */
final class ContestJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ContestJson() {}

  static void print(Object value, PrintWriter out) {
    try {
      out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }
}

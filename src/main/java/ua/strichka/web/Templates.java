package ua.strichka.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The jte templates of {@code src/main/jte}, compiled at build time into this package (so they see
 * its package-private view records and a template error is a build error, not a runtime one).
 */
final class Templates {
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "ua.strichka.web");

  String render(String name, Object view) {
    StringOutput out = new StringOutput(16 * 1024);
    engine.render(name + ".jte", view, out);
    return out.toString();
  }
}

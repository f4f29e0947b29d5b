package ua.strichka.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.strichka.classify.SectionClassifier;
import ua.strichka.classify.SectionShares;
import ua.strichka.entity.Entity;
import ua.strichka.entity.EntityTagger;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.EntityRecord;
import ua.strichka.text.Language;
import ua.strichka.text.LanguageDetector;
import ua.strichka.text.Token;
import ua.strichka.text.Tokens;

/**
 * The classify and entity stages on one article: its section when the outlet gave none (an outlet's
 * own label is evidence and wins), and the people, organisations and places it names with how
 * often. The text is tokenised once for both. The classifier's shares go with its decision, for the
 * story's vote.
 */
public final class SectionsAndEntities implements ArticleAnalysis {
  private final SectionClassifier sections = SectionClassifier.bundled();
  private final EntityTagger tagger = new EntityTagger();

  @Override
  public Result analyse(ArticleRecord article) {
    String text = join(article.title(), article.lead(), article.body());
    List<Token> tokens = Tokens.of(text);
    Language language = LanguageDetector.detect(tokens);
    // the shares go with the decision: the story's vote weighs them (SectionVote)
    double[] shares =
        article.section() != null
            ? null
            : sections.shares(article.title(), afterTitle(tokens, article.title()), language);
    Map<EntityRecord, Integer> entities = new HashMap<>();
    EntityTagger.counts(tagger.tag(text, tokens, language))
        .forEach(
            (Entity e, Integer n) ->
                entities.merge(
                    EntityRecord.of(e.slug(), e.name(), e.type().name()), n, Integer::sum));
    return shares == null
        ? new Result(null, entities)
        : new Result(SectionShares.top(shares).slug(), entities, SectionShares.format(shares));
  }

  /**
   * The classifier weighs the title on its own; the tokens it is given are the rest, as in
   * training, or the title would count twice.
   */
  private static List<Token> afterTitle(List<Token> tokens, String title) {
    int end = title == null ? 0 : title.length();
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < end) i++;
    return tokens.subList(i, tokens.size());
  }

  private static String join(String title, String lead, String body) {
    StringBuilder b = new StringBuilder(title == null ? "" : title);
    if (lead != null && !lead.isBlank()) b.append("\n\n").append(lead);
    if (body != null && !body.isBlank()) b.append("\n\n").append(body);
    return b.toString();
  }
}

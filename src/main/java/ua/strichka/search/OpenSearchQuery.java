package ua.strichka.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Writes the Lucene query {@link LuceneQuery} built as OpenSearch query DSL, clause for clause, so
 * the two backends run one query, not two that drift apart. Terms are already our lemmas: they go
 * as {@code term} queries, or through the index's {@link LemmaText#ANALYZER} (encoded) where
 * OpenSearch must rebuild a query over positions — stacked lemmas ({@code SynonymQuery}, which
 * {@code match} makes of one stacked position) and phrases ({@code match_phrase}).
 */
final class OpenSearchQuery {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private OpenSearchQuery() {}

  static ObjectNode of(org.apache.lucene.search.Query q) {
    ObjectNode out = JSON.objectNode();
    switch (q) {
      case BooleanQuery b -> out.set("bool", bool(b));
      case BoostQuery b -> {
        // a bool of one required clause scores as the clause; its boost multiplies it
        ObjectNode bool = out.putObject("bool");
        bool.putArray("must").add(of(b.getQuery()));
        bool.put("boost", b.getBoost());
      }
      case DisjunctionMaxQuery d -> {
        ObjectNode max = out.putObject("dis_max");
        ArrayNode queries = max.putArray("queries");
        d.getDisjuncts().forEach(x -> queries.add(of(x)));
        max.put("tie_breaker", d.getTieBreakerMultiplier());
      }
      case TermQuery t -> out.putObject("term").put(t.getTerm().field(), t.getTerm().text());
      case SynonymQuery s -> {
        List<String> terms = s.getTerms().stream().map(Term::text).toList();
        out.putObject("match")
            .putObject(s.getField())
            .put("query", LemmaText.phrase(List.of(terms), new int[] {0}));
      }
      case PhraseQuery p -> {
        List<List<String>> stacks = new ArrayList<>();
        for (Term t : p.getTerms()) stacks.add(List.of(t.text()));
        phrase(out, p.getField(), stacks, p.getPositions(), p.getSlop());
      }
      case MultiPhraseQuery p -> {
        List<List<String>> stacks = new ArrayList<>();
        for (Term[] ts : p.getTermArrays()) {
          stacks.add(java.util.Arrays.stream(ts).map(Term::text).toList());
        }
        String field = p.getTermArrays()[0][0].field();
        phrase(out, field, stacks, p.getPositions(), p.getSlop());
      }
      case MatchAllDocsQuery m -> out.putObject("match_all");
      case PointRangeQuery r when r.getNumDims() == 1 -> {
        ObjectNode range = out.putObject("range").putObject(r.getField());
        range.put("gte", LongPoint.decodeDimension(r.getLowerPoint(), 0));
        range.put("lte", LongPoint.decodeDimension(r.getUpperPoint(), 0));
      }
      default ->
          throw new IllegalStateException(
              "no OpenSearch form for the Lucene query " + q.getClass().getSimpleName());
    }
    return out;
  }

  private static ObjectNode bool(BooleanQuery b) {
    ObjectNode bool = JSON.objectNode();
    for (BooleanClause c : b.clauses()) {
      String occur =
          switch (c.occur()) {
            case MUST -> "must";
            case SHOULD -> "should";
            case MUST_NOT -> "must_not";
            case FILTER -> "filter";
          };
      ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
      list.add(of(c.query()));
    }
    if (b.getMinimumNumberShouldMatch() > 0) {
      bool.put("minimum_should_match", b.getMinimumNumberShouldMatch());
    }
    return bool;
  }

  private static void phrase(
      ObjectNode out, String field, List<List<String>> stacks, int[] positions, int slop) {
    ObjectNode match = out.putObject("match_phrase").putObject(field);
    match.put("query", LemmaText.phrase(stacks, positions));
    if (slop > 0) match.put("slop", slop);
  }
}

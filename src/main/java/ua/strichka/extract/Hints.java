package ua.strichka.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What an element's {@code class}, {@code id}, {@code role} and {@code itemprop} say about it, in
 * the English, Ukrainian and Russian (often transliterated) words CMS themes use. Each class name
 * is cut into pieces at {@code - _ :} and camel case, so {@code article-tags} is tags, not article.
 *
 * <p>Every element of every page asks this, so words are set lookups, and what a class token says
 * is remembered: a site repeats a few hundred tokens over thousands of elements.
 */
final class Hints {
  /**
   * Boilerplate whatever else the name says. With the widgets' own names, one word each, as the ad
   * networks' are: Jetpack, the WordPress plugin on a great share of the web's blogs and news
   * sites, names its share and like box {@code sharedaddy} and its related posts {@code
   * jp-relatedposts}.
   */
  private static final Set<String> STRONG_NEGATIVE =
      words(
          "comment comments komment disqus share sharing social soc sociale related relat recommend popular"
              + " mostread readmore readalso chytaite chitaite chytajte dyvitsia newsletter"
              + " subscribe subscription pidpys podpis promo advert advertisement adv ads ad"
              + " adsense reklama sponsor sponsored partner partners banner cookie cookies gdpr"
              + " consent sidebar aside widget breadcrumb breadcrumbs pagination pager paging nav"
              + " navbar navigation menu footer masthead modal popup overlay lightbox login signup"
              + " membership paywall regwall rating"
              + " poll telegram viber donate donation outbrain taboola mgid relap lentainform smi2"
              + " r24 teaser teasers feed infinite next prev previous topics tagcloud print toolbar"
              + " skip sronly offscreen dropdown tooltip more also latest trending digest follow"
              + " sharedaddy relatedposts");

  /**
   * Embed words: the names of social platforms' embed codes (twitter-tweet, twitter-video,
   * instagram-media, tiktok-embed, bluesky-embed, reddit-embed-bq), and of the follow buttons,
   * share icons and feed widgets sites name after the platforms. Every class of Twitter's embed
   * code starts with "twitter-". Facebook's starts with "fb-", but "fb" is no word of it here: text
   * pasted from Google's results keeps its {@code kno-fb-ctx} spans, whole paragraphs of them, and
   * Facebook's post is a blockquote, a quotation anyway. Strong, save on a block that holds a post
   * besides its own words ({@link #embedWrapper}) and on the post the article quotes ({@link
   * #quotedPost}).
   */
  private static final Set<String> EMBEDS = words("tweet twitter instagram tiktok bluesky reddit");

  /** What {@link #classify} says of a token boilerplate only by an embed word ({@link #EMBEDS}). */
  private static final int EMBED = -3;

  /**
   * Boilerplate unless the name also says body/text/content. An author's box is a "bio" or, spelt
   * out, a "biography" ({@code author-biography}; WordPress's WP Biographia plugin names it {@code
   * wp-biographia-container-top}).
   */
  private static final Set<String> WEAK_NEGATIVE =
      words(
          "meta tags tag keywords author authors byline date time dateline info caption credit"
              + " credits copyright source header head title headline label icon counter views bio"
              + " biography biographia avatar note extra tools controls actions card cards list"
              + " thumb thumbnail preview rubric");

  private static final Set<String> POSITIVE =
      words(
          "article articlebody body content entry main post story text txt material materials"
              + " publication single detail details richtext prose fulltext full statya stattia"
              + " novost novyna blog page lead");

  private static final Set<String> STRONG_POSITIVE =
      words("articlebody body content entry text txt richtext fulltext prose statya stattia");

  private static final Set<String> NEGATIVE_ROLES =
      Set.of("navigation", "complementary", "banner", "contentinfo", "menu", "dialog");

  /**
   * What one class token says: −2 boilerplate by a strong word, {@link #EMBED} by an embed word
   * alone, −1 by a weak word, +1 content, 0 nothing.
   */
  private static final Map<String, Integer> TOKENS = new ConcurrentHashMap<>();

  /** Tokens are remembered up to this many; a page of generated names must not grow the map. */
  private static final int MAX_TOKENS = 20_000;

  private Hints() {}

  /**
   * List elements, whose own names say "list" of themselves ({@code <ul class="postList">}, {@code
   * <ol class="steps-list">}): there the word is the tag's name again, not a sign of a list of
   * teasers, and the article's own lists were dropped for it.
   */
  private static final Set<String> LISTS = Set.of("ul", "ol", "dl", "li");

  /** Readability-style weight: +25 for content-like names, −25 for boilerplate names. */
  static int weight(Element e) {
    return weight(e, Marks.of(e));
  }

  /**
   * As {@link #weight(Element)}, from the element's attributes read into marks; 0 for a block named
   * only after the post it shows ({@link #namedAfterPost}).
   */
  static int weight(Element e, Marks m) {
    int w = weight(m, e.normalName());
    return w < 0 && namedAfterPost(e, m) ? 0 : w;
  }

  /**
   * Whether {@code e} is named boilerplate only by an embed word and is a listicle's item ({@link
   * #embedWrapper}) or a post the article quotes ({@link #quotedPost}): the name is the post's, not
   * a box's. The name is read once for both: every boilerplate-named element of a page asks.
   */
  private static boolean namedAfterPost(Element e, Marks m) {
    return embedOnly(m, LISTS.contains(e.normalName())) && (embedWrapper(e) || quotedPost(e));
  }

  /**
   * Whether {@code e}, named only by an embed word, is a social post the article quotes, set as the
   * platforms' embed codes set it: a {@code <blockquote>} ({@code twitter-tweet}, {@code
   * instagram-media}, {@code tiktok-embed}), or a block that holds nothing but such a quotation (a
   * theme's {@code twitter-wrapper}, WordPress's {@code wp-block-embed-twitter}). The post's words,
   * author and date are in the markup because the article cites them, as it cites a speaker («he
   * wrote:», then the post), and readers, Readability and hand-written per-site rules keep them as
   * the article's. A block named so that is no quotation (a follow button, a feed widget, a
   * "tweet-card" of links) still goes, and a strong word (a {@code widget_tweet}, a {@code tweet
   * share} box) still drops the post.
   */
  private static boolean quotedPost(Element e) {
    if (e.nameIs("blockquote")) return true;
    Element quote = e.selectFirst(BLOCKQUOTE);
    return quote != null
        && embedOnly(Marks.of(quote), false)
        && quote.text().length() == e.text().length();
  }

  private static final Evaluator BLOCKQUOTE = QueryParser.parse("blockquote");

  /**
   * Whether {@code e}, named only by an embed word ({@code video_instagram}, {@code tweet-card}),
   * holds a heading: the item of a listicle named after the post it shows, with the article's own
   * heading and words besides the post. An embedded post has no heading of its own (the platforms'
   * embed codes are a quotation, an author and a date); the post inside the item is judged by its
   * own name ({@link #quotedPost}).
   */
  private static boolean embedWrapper(Element e) {
    return e.selectFirst(HEADING) != null;
  }

  /** Parsed once: jsoup parses a selector given as text anew at every call. */
  private static final Evaluator HEADING = QueryParser.parse("h1, h2, h3, h4, h5, h6");

  /**
   * Every boilerplate token of the name is so by an embed word, and one is; no boilerplate role.
   */
  private static boolean embedOnly(Marks m, boolean list) {
    if (m == Marks.NONE || NEGATIVE_ROLES.contains(m.role().trim().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int said = said(m.cls(), list) | said(m.id(), list);
    return (said & bit(EMBED)) != 0 && (said & (bit(-2) | bit(-1))) == 0;
  }

  /** Whether a token of {@code names} says {@code what} ({@link #classify}). */
  private static boolean says(String names, boolean list, int what) {
    return (said(names, list) & bit(what)) != 0;
  }

  /**
   * What the tokens of a class list or id say ({@link #classify}), each say a bit ({@link #bit}).
   */
  private static int said(String names, boolean list) {
    int said = 0;
    int n = names.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(names.charAt(i))) i++;
      int start = i;
      while (i < n && !isSpace(names.charAt(i))) i++;
      if (i == start) break;
      said |= bit(token(names.substring(start, i), list));
    }
    return said;
  }

  /** One say of {@link #classify} ({@link #EMBED} … +1) as a bit, so a name's says combine. */
  private static int bit(int says) {
    return 1 << (says - EMBED);
  }

  /** As {@link #weight(Element)}, from the element's attributes read into marks and its tag. */
  static int weight(Marks m, String tag) {
    if (m == Marks.NONE) return 0;
    int w = 0;
    String cls = m.cls().trim();
    String id = m.id();
    if (!cls.isEmpty() || !id.isEmpty()) {
      boolean list = LISTS.contains(tag);
      if (!cls.isEmpty()) w += tokenWeight(cls, list);
      if (!id.isEmpty()) w += tokenWeight(id, list);
    }
    if (m.itemprop().equalsIgnoreCase("articleBody")) w += 50;
    String role = m.role();
    if (role.isEmpty()) return w;
    role = role.toLowerCase(Locale.ROOT);
    if (role.equals("main") || role.equals("article")) w += 25;
    if (NEGATIVE_ROLES.contains(role)) w -= 50;
    return w;
  }

  /** What whole class lists and ids weigh: one look-up where most elements repeat a list. */
  private static final Map<String, Integer> NAMES = new ConcurrentHashMap<>();

  /** As {@link #NAMES}, on list elements ({@link #LISTS}). */
  private static final Map<String, Integer> LIST_NAMES = new ConcurrentHashMap<>();

  /** As {@link #TOKENS}, on list elements ({@link #LISTS}). */
  private static final Map<String, Integer> LIST_TOKENS = new ConcurrentHashMap<>();

  /** −25 when any token of a class list or id is boilerplate, else +25 when any is content. */
  private static int tokenWeight(String names, boolean list) {
    Map<String, Integer> cache = list ? LIST_NAMES : NAMES;
    Integer known = cache.get(names);
    if (known != null) return known;
    int w = weighTokens(names, list);
    if (cache.size() < MAX_TOKENS) cache.put(names, w);
    return w;
  }

  private static int weighTokens(String names, boolean list) {
    int said = said(names, list);
    if ((said & (bit(EMBED) | bit(-2) | bit(-1))) != 0) return -25;
    return (said & bit(1)) != 0 ? 25 : 0;
  }

  private static int token(String token, boolean list) {
    Map<String, Integer> cache = list ? LIST_TOKENS : TOKENS;
    Integer known = cache.get(token);
    if (known != null) return known;
    int says = classify(token, list);
    if (cache.size() < MAX_TOKENS) cache.put(token, says);
    return says;
  }

  /**
   * Words that, after "label", say where or whether a field's label is shown: {@code
   * field-label-above}, {@code field-label-inline}, {@code field-label-hidden} (Drupal puts one on
   * every field it renders, the article's body among them). Such a token describes the field, not a
   * label. Only after "label": {@code title-bottom} is still a title, {@code caption-below} a
   * caption.
   */
  private static final Set<String> LABEL_PLACEMENT = words("above inline hidden");

  /**
   * Words that, after a text word ({@link #STRONG_POSITIVE}) in one token, say the text's state,
   * not a box of other pages: {@code entry-content-read-more}, {@code article-body-more}, the body
   * of a story folded behind a "Read more" button, or its rest. Before it they name the box: {@code
   * more-content}, {@code read-more-link}, {@code readmore-box} are links to more.
   */
  private static final Set<String> TEXT_STATE = words("more readmore");

  /**
   * First words of a token that says what a box has, not what it is: {@code has-sidebar}, {@code
   * with-comments}, {@code no-ads} (WordPress and its themes set such classes on the article's own
   * wrappers).
   */
  private static final Set<String> HAS = words("has with without no");

  /** Last words of such a token: {@code modal-enabled}, {@code comments-disabled}. */
  private static final Set<String> ENABLED = words("enabled disabled");

  /**
   * Weak words that, last in a token after a content word, name a part of the text's box, not the
   * text: {@code post-body-bio}, {@code entry-content-meta}, {@code article-body-caption}, {@code
   * story-text-byline}. Class names are English compounds, the last word the thing and the words
   * before it whose it is ({@code byline-text} is still text). Not the words a wrapper of the whole
   * article can end in ({@code content-card}, {@code entry-list}, {@code body-note}).
   */
  private static final Set<String> PART_HEADS =
      words(
          "meta tags tag keywords author authors byline date time dateline info caption credit"
              + " credits copyright source bio avatar");

  /** Cuts a token into pieces at {@code - _ :} runs and lower-to-upper case steps. */
  private static int classify(String token, boolean list) {
    return classify(token, list, false);
  }

  /**
   * Whether the element's name says boilerplate only by "more" ({@link #TEXT_STATE}): without that
   * word no token of it is boilerplate, and no role is. A box of links to more (teasers) and the
   * folded rest of a story ({@code read-more-content}, {@code collapse more}) are both so named;
   * what the box holds tells them apart ({@link MainText#foldedText}).
   */
  static boolean negativeOnlyByMore(Element e) {
    Marks m = Marks.of(e);
    if (m == Marks.NONE || NEGATIVE_ROLES.contains(m.role().trim().toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean list = LISTS.contains(e.normalName());
    boolean more = false;
    for (String names : new String[] {m.cls(), m.id()}) {
      for (String token : names.trim().split("\\s+")) {
        if (token.isEmpty() || token(token, list) >= 0) continue;
        if (classify(token, list, true) < 0) return false;
        more = true;
      }
    }
    return more;
  }

  /** As {@link #classify(String, boolean)}; {@code skipMore}: the pieces "more" say nothing. */
  private static int classify(String token, boolean list, boolean skipMore) {
    boolean strongNeg = false;
    boolean embed = false;
    boolean weakNeg = false;
    boolean pos = false;
    boolean strongPos = false;
    boolean lastWeak = false;
    boolean lastLabel = false;
    boolean textSeen = false;
    boolean first = true;
    boolean has = false;
    String last = "";
    boolean afterPos = false;
    boolean partHead = false;
    int n = token.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      boolean cut =
          i == n
              || isSeparator(token.charAt(i))
              || (i > start && isLower(token.charAt(i - 1)) && isUpper(token.charAt(i)));
      if (!cut) continue;
      if (i > start) {
        String piece = AttributeWords.asciiLower(token.substring(start, i));
        if (skipMore && TEXT_STATE.contains(piece)) {
          start = i < n && isSeparator(token.charAt(i)) ? i + 1 : i;
          continue;
        }
        boolean tagName = list && piece.equals("list"); // says nothing: see LISTS
        boolean weak = false;
        if (STRONG_NEGATIVE.contains(piece) && !(textSeen && TEXT_STATE.contains(piece))) {
          strongNeg = true;
        } else if (EMBEDS.contains(piece)) embed = true;
        else if (WEAK_NEGATIVE.contains(piece) && !tagName) weak = true;
        if (POSITIVE.contains(piece)) pos = true;
        if (STRONG_POSITIVE.contains(piece)) strongPos = textSeen = true;
        // A weak word counts, unless it is "label" and a placement word follows (LABEL_PLACEMENT).
        if (lastWeak && !(lastLabel && LABEL_PLACEMENT.contains(piece))) weakNeg = true;
        lastWeak = weak;
        lastLabel = piece.equals("label");
        if (first && HAS.contains(piece)) has = true;
        first = false;
        last = piece;
        partHead = afterPos && weak && PART_HEADS.contains(piece);
        if (POSITIVE.contains(piece)) afterPos = true;
      }
      start = i < n && isSeparator(token.charAt(i)) ? i + 1 : i;
    }
    if (lastWeak) weakNeg = true;
    // A feature of the box (has-sidebar, modal-enabled) says nothing of what the box holds; save
    // "print": no-print is what sites put on their chrome to keep it off paper.
    if ((has && !last.equals("print")) || ENABLED.contains(last)) return 0;
    if (strongNeg || (embed && weakNeg && !strongPos)) return -2;
    if (embed) return EMBED;
    if (weakNeg && (!strongPos || partHead)) return -1;
    return pos ? 1 : 0;
  }

  /**
   * Whether a word of visible text is one of the strong boilerplate words of names («Related»,
   * «More», «Popular», «Latest», «Share»): a heading saying so heads a box of links, not the text.
   */
  static boolean strongWord(String word) {
    return STRONG_NEGATIVE.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the element's name says boilerplate in a strong word (comments, share, related, ads) or
   * a boilerplate role, not only in a weak one ({@code list}, {@code card}, {@code meta}) that an
   * article's own container can carry. Asked only of the few blocks that hold much prose.
   */
  static boolean stronglyNegative(Element e) {
    Marks m = Marks.of(e);
    if (m == Marks.NONE) return false;
    boolean list = LISTS.contains(e.normalName());
    if (NEGATIVE_ROLES.contains(m.role().trim().toLowerCase(Locale.ROOT))) return true;
    if (says(m.cls(), list, -2) || says(m.id(), list, -2)) return true;
    boolean embed = says(m.cls(), list, EMBED) || says(m.id(), list, EMBED);
    return embed && !namedAfterPost(e, m);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '_' || c == ':' || isSpace(c);
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static Set<String> words(String list) {
    return Set.of(list.split(" "));
  }
}

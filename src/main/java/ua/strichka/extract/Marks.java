package ua.strichka.extract;

import java.util.function.Function;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The few attributes of an element that the rules read, taken in one pass over its attributes.
 * Every element of every page is asked whether it is hidden, what its names weigh, whether it is a
 * link, a trail or a byline: asked of jsoup, each question is a scan of the element's attribute
 * keys ({@code Attributes.get}), a dozen scans an element, which cost the extraction more than any
 * rule. Values are as {@link org.jsoup.nodes.Attributes#get} gives them: {@code ""} when absent.
 */
record Marks(
    String cls,
    String id,
    String role,
    String itemprop,
    String itemtype,
    String style,
    String rel,
    String type,
    String ariaLabel,
    String ariaHidden,
    boolean hidden,
    boolean hasItemprop,
    boolean href,
    boolean content,
    boolean datetime,
    boolean size) {

  /** An element without attributes. */
  static final Marks NONE =
      new Marks("", "", "", "", "", "", "", "", "", "", false, false, false, false, false, false);

  /**
   * The element's marks. Keys are compared exactly: the HTML parser lower-cases attribute names, as
   * {@link org.jsoup.nodes.Attributes#get} (also exact) relies on.
   */
  static Marks of(Element e) {
    if (e.attributesSize() == 0) return NONE;
    String cls = "", id = "", role = "", itemprop = "", itemtype = "", style = "", rel = "";
    String type = "", ariaLabel = "", ariaHidden = "";
    boolean hidden = false,
        hasItemprop = false,
        href = false,
        content = false,
        datetime = false,
        size = false;
    for (Attribute a : e.attributes()) {
      switch (a.getKey()) {
        case "class" -> cls = a.getValue();
        case "id" -> id = a.getValue();
        case "role" -> role = a.getValue();
        case "itemprop" -> {
          itemprop = a.getValue();
          hasItemprop = true;
        }
        case "itemtype" -> itemtype = a.getValue();
        case "style" -> style = a.getValue();
        case "rel" -> rel = a.getValue();
        case "type" -> type = a.getValue();
        case "aria-label" -> ariaLabel = a.getValue();
        case "aria-hidden" -> ariaHidden = a.getValue();
        // hidden=until-found: the browser shows it when a reader searches the page or follows a
        // link into it, the way a fold opens; the text is the page's.
        case "hidden" -> hidden = !a.getValue().trim().equalsIgnoreCase("until-found");
        case "href" -> href = true;
        case "content" -> content = true;
        case "datetime" -> datetime = true;
        case "size" -> size = true;
        default -> {}
      }
    }
    // Only attributes no rule reads (src, alt, width, data-*), or empty values: the empty marks,
    // which every rule passes over at once.
    if (!hidden
        && !hasItemprop
        && !href
        && !content
        && !datetime
        && !size
        && cls.isEmpty()
        && id.isEmpty()
        && role.isEmpty()
        && itemtype.isEmpty()
        && style.isEmpty()
        && rel.isEmpty()
        && type.isEmpty()
        && ariaLabel.isEmpty()
        && ariaHidden.isEmpty()) {
      return NONE;
    }
    return new Marks(
        cls,
        id,
        role,
        itemprop,
        itemtype,
        style,
        rel,
        type,
        ariaLabel,
        ariaHidden,
        hidden,
        hasItemprop,
        href,
        content,
        datetime,
        size);
  }

  /**
   * How to read a named attribute's value from marks, for {@link AttributeWords}.
   *
   * @throws IllegalArgumentException for an attribute the marks do not hold
   */
  static Function<Marks, String> reader(String attribute) {
    return switch (attribute) {
      case "class" -> Marks::cls;
      case "id" -> Marks::id;
      case "role" -> Marks::role;
      case "itemprop" -> Marks::itemprop;
      case "itemtype" -> Marks::itemtype;
      case "style" -> Marks::style;
      case "rel" -> Marks::rel;
      case "type" -> Marks::type;
      case "aria-label" -> Marks::ariaLabel;
      case "aria-hidden" -> Marks::ariaHidden;
      default -> throw new IllegalArgumentException("marks do not hold [" + attribute + "]");
    };
  }
}

package ua.strichka.sampleweb;

/** Feeds that attack or fail their reader: broken XML, an entity bomb, an external entity. */
final class BadFeeds {
  private BadFeeds() {}

  static String feed(Fault.Kind kind, View v) {
    Template t = Templates.of(v.outlet().template());
    return switch (kind) {
      case BROKEN_FEED ->
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Архів & новини</title>\n"
              + "<item><title>Без закривального тегу<link>"
              + v.url("/")
              + "</link></item>\n<item><title>Обірвано";
      case ENTITY_BOMB ->
          """
          <?xml version="1.0" encoding="UTF-8"?>
          <!DOCTYPE rss [
           <!ENTITY lol "lol">
           <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
           <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
           <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
           <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
           <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
           <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
           <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
           <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
           <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
          ]>
          <rss version="2.0"><channel><title>&lol9;</title><link>%s</link><description>повна стрічка</description>
          <item><title>&lol9;</title><link>%s</link></item>
          </channel></rss>
          """
              .formatted(v.url("/"), v.url("/"));
      case XXE ->
          """
          <?xml version="1.0" encoding="UTF-8"?>
          <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
          <rss version="2.0"><channel><title>Партнерські новини</title><link>%s</link><description>&xxe;</description>
          <item><title>&xxe;</title><link>%s</link></item>
          </channel></rss>
          """
              .formatted(v.url("/"), v.url("/"));
      default ->
          Feeds.rss(
              v,
              t,
              v.outlet().mainLanguage(),
              FaultPlan.DUPLICATE_FEED,
              v.recent(v.outlet().mainLanguage(), Discovery.FEED_ITEMS),
              new Feeds.RssStyle("UTF-8", false));
    };
  }
}

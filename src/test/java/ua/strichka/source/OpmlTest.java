package ua.strichka.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {
  private static byte[] feedly() throws Exception {
    try (InputStream in = OpmlTest.class.getResourceAsStream("/opml/feedly-export.opml")) {
      return in.readAllBytes();
    }
  }

  @Test
  void importsARealFeedReaderExportWithFolders() throws Exception {
    List<Opml.Subscription> subs = Opml.read(feedly());
    assertThat(subs).hasSize(97);
    assertThat(subs).extracting(Opml.Subscription::xmlUrl).doesNotHaveDuplicates();
    assertThat(subs.getFirst().title()).isEqualTo("Sharing UNIX knowledge on Le blog de Nrz");
    assertThat(subs.getFirst().xmlUrl()).isEqualTo("http://www.unix-experience.fr/fr/feed/");
    assertThat(subs.getFirst().htmlUrl()).isEqualTo("https://www.unix-experience.fr/");
    assertThat(subs.getFirst().folders()).containsExactly("DevOps Blogs");
    assertThat(subs)
        .extracting(s -> s.folders().getFirst())
        .containsOnly(
            "DevOps Blogs", "Cloud", "Languages", "DevOps Culture", "DevOps Tools", "DevOps Info");

    List<Outlet> outlets = Opml.outlets(subs);
    assertThat(outlets.stream().mapToInt(o -> o.sources().size()).sum()).isEqualTo(97);
    assertThat(outlets).extracting(Outlet::slug).doesNotHaveDuplicates();
    // two YouTube channels are two outlets, not one "youtube.com"
    assertThat(outlets.stream().filter(o -> o.homeUrl().contains("youtube.com")).count())
        .isGreaterThan(1);
  }

  @Test
  void readsNestedFoldersAndWritesOpml2ThatReadsBack() throws Exception {
    String nested =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0"><head><title>Мої стрічки</title></head><body>
          <outline text="Україна"><outline text="Регіони"><outline text="Львів">
            <outline type="rss" text="ZAXID.NET" xmlUrl="https://zaxid.net/rss/all.xml" htmlUrl="https://zaxid.net/"/>
          </outline></outline>
          <outline type="rss" text="Українська правда" xmlUrl="https://www.pravda.com.ua/rss/view_news/" htmlUrl="https://www.pravda.com.ua/"/>
          </outline></body></opml>
        """;
    List<Opml.Subscription> subs = Opml.read(nested.getBytes(UTF_8));
    assertThat(subs).hasSize(2);
    assertThat(subs.getFirst().folders()).containsExactly("Україна", "Регіони", "Львів");
    assertThat(subs.get(1).folders()).containsExactly("Україна");

    String written = Opml.write("Strichka", Opml.outlets(subs));
    assertThat(written).contains("version=\"2.0\"");
    List<Opml.Subscription> back = Opml.read(written.getBytes(UTF_8));
    assertThat(back)
        .extracting(Opml.Subscription::xmlUrl)
        .containsExactly(
            "https://zaxid.net/rss/all.xml", "https://www.pravda.com.ua/rss/view_news/");
    assertThat(back.get(1).title()).isEqualTo("Українська правда");
  }

  @Test
  void reportsBrokenFilesClearly() {
    assertThatThrownBy(() -> Opml.read("<opml><body><outline".getBytes(UTF_8)))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageStartingWith("not a readable OPML file");
    assertThatThrownBy(
            () ->
                Opml.read(
                    "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml version=\"2.0\"><body><outline text=\"&x;\"/></body></opml>"
                        .getBytes(UTF_8)))
        .isInstanceOf(SourceFormatException.class);
  }
}

package ua.strichka.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RepostFinderTest {
  static final long HOUR = 3_600_000L;
  final Fingerprint text = FingerprintTest.of(FingerprintTest.ORIGINAL);
  final Fingerprint edited = FingerprintTest.of(FingerprintTest.EDITED);
  final Fingerprint other = FingerprintTest.of(FingerprintTest.OTHER);

  static RepostFinder.Article article(
      String key, String host, double hours, Fingerprint f, String credit) {
    return new RepostFinder.Article(key, host, host, Math.round(hours * HOUR), f, credit);
  }

  static RepostFinder finder(Duration window) {
    return new RepostFinder(window, 1_000, RepostFinder.ExactCopies.NONE);
  }

  @Test
  void aLaterCopyOnAnotherOutletIsARepostOfTheEarliest() {
    RepostFinder finder = finder(Duration.ofHours(72));
    assertThat(finder.check(article("kv/1", "kv.ua", 0, text, null)).isRepost()).isFalse();
    RepostFinder.Verdict v = finder.check(article("sh/1", "shvydko.ua", 2, edited, null));
    assertThat(v.originalKey()).isEqualTo("kv/1");
    assertThat(v.similarity()).isGreaterThanOrEqualTo(0.5);
    assertThat(finder.check(article("x/1", "x.ua", 3, other, null)).isRepost()).isFalse();
  }

  @Test
  void theCreditedOutletIsTheOriginalEvenWhenItPublishedLater() {
    RepostFinder finder = finder(Duration.ofHours(72));
    finder.check(article("zb/1", "zbirka.net", 0, text, "www.kv.ua"));
    finder.check(article("sh/1", "shvydko.ua", 1, text, null));
    RepostFinder.Verdict v = finder.check(article("kv/1", "kv.ua", 2, text, null));
    assertThat(v.isRepost()).isFalse();
    assertThat(v.relinked()).containsExactlyInAnyOrder("zb/1", "sh/1");
    assertThat(v.newOriginal()).isEqualTo("kv/1");
    assertThat(finder.check(article("zb/2", "zbirka.net", 3, edited, null)).originalKey())
        .isEqualTo("kv/1");
  }

  @Test
  void anOriginalArrivingAfterItsCopyTakesOverByPublicationTime() {
    RepostFinder finder = finder(Duration.ofHours(72));
    finder.check(article("zb/1", "zbirka.net", 5, text, null));
    RepostFinder.Verdict v = finder.check(article("kv/1", "kv.ua", 1, edited, null));
    assertThat(v.isRepost()).isFalse();
    assertThat(v.relinked()).containsExactly("zb/1");
  }

  @Test
  void anUpdateOfTheSameKeyReplacesItsTextAndKeepsItsCopiesLinked() {
    RepostFinder finder = finder(Duration.ofHours(72));
    finder.check(article("kv/1", "kv.ua", 0, text, null));
    finder.check(article("zb/1", "zbirka.net", 1, text, "kv.ua"));
    RepostFinder.Verdict update = finder.check(article("kv/1", "kv.ua", 0, edited, null));
    assertThat(update.update()).isTrue();
    assertThat(update.isRepost()).isFalse();
    assertThat(update.relinked()).isEmpty();
    assertThat(finder.size()).isEqualTo(2);
  }
}

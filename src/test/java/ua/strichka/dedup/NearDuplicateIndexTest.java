package ua.strichka.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
  static final long HOUR = 3_600_000L;
  final Fingerprint original = FingerprintTest.of(FingerprintTest.ORIGINAL);
  final Fingerprint copy = FingerprintTest.of(FingerprintTest.EDITED);
  final Fingerprint unrelated = FingerprintTest.of(FingerprintTest.OTHER);

  @Test
  void findsNearCopiesAndNotOtherTexts() {
    NearDuplicateIndex<String> index = new NearDuplicateIndex<>(Duration.ofHours(72), 1_000);
    index.add("a", 0, original, "A");
    index.add("b", HOUR, unrelated, "B");

    assertThat(index.similar(copy))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.key()).isEqualTo("a");
              assertThat(m.value()).isEqualTo("A");
              assertThat(m.similarity()).isGreaterThanOrEqualTo(0.5);
            });
    assertThat(index.get("b")).isEqualTo("B");
  }

  @Test
  void replacingAndRemovingAKeyForgetsTheOldText() {
    NearDuplicateIndex<String> index = new NearDuplicateIndex<>(Duration.ofHours(72), 1_000);
    index.add("a", 0, original, "A");
    index.add("a", 0, unrelated, "A2");
    assertThat(index.similar(copy)).isEmpty();
    assertThat(index.size()).isEqualTo(1);
    index.remove("a");
    assertThat(index.similar(unrelated)).isEmpty();
    assertThat(index.size()).isZero();
  }

  @Test
  void articlesOlderThanTheWindowAreDropped() {
    NearDuplicateIndex<String> index = new NearDuplicateIndex<>(Duration.ofHours(72), 1_000);
    index.add("old", 0, original, "old");
    index.add("new", 73 * HOUR, unrelated, "new");
    assertThat(index.get("old")).isNull();
    assertThat(index.similar(copy)).isEmpty();
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void staysCorrectAcrossManyInsertionsAndEvictions() {
    NearDuplicateIndex<Integer> index = new NearDuplicateIndex<>(Duration.ofHours(10), 100_000);
    for (int i = 0; i < 5_000; i++) {
      Fingerprint f =
          FingerprintTest.of(
              "новина номер " + i + " про подію " + (i * 7919) + " в місті " + i % 13);
      index.add("k" + i, i * HOUR / 100, f, i);
    }
    // 10 hours at 100 articles an hour: about the last thousand remain.
    assertThat(index.size()).isBetween(990, 1010);
    Fingerprint last =
        FingerprintTest.of(
            "новина номер 4999 про подію " + (4999 * 7919) + " в місті " + 4999 % 13);
    assertThat(index.similar(last)).extracting(NearDuplicateIndex.Match::value).contains(4999);
  }

  @Test
  void pastTheCapacityTheEarliestArrivedLeaveFirst() {
    NearDuplicateIndex<String> index = new NearDuplicateIndex<>(Duration.ofDays(30), 2);
    index.add("a", 0, original, "A");
    index.add("b", HOUR, unrelated, "B");
    index.add("c", 2 * HOUR, text("третя новина про зовсім інше місто і його мешканців"), "C");
    assertThat(index.size()).isEqualTo(2);
    assertThat(index.get("a")).isNull();
    assertThat(index.similar(copy)).isEmpty();
    assertThat(index.get("b")).isEqualTo("B");
    assertThat(index.similar(unrelated)).extracting(NearDuplicateIndex.Match::key).contains("b");
  }

  @Test
  void anUpdateFreesItsPlaceSoTheCapCountsLiveArticlesOnly() {
    NearDuplicateIndex<String> index = new NearDuplicateIndex<>(Duration.ofDays(30), 2);
    index.add("a", 0, original, "A");
    index.add("b", HOUR, unrelated, "B");
    index.add("b", HOUR, unrelated, "B2");
    assertThat(index.size()).isEqualTo(2);
    assertThat(index.similar(copy)).extracting(NearDuplicateIndex.Match::key).containsExactly("a");
  }

  @Test
  void aTextReplacedOverAndOverDoesNotGrowTheIndexPastItsCap() {
    NearDuplicateIndex<String> index = new NearDuplicateIndex<>(Duration.ofDays(30), 10);
    index.add("kept", 0, original, "kept");
    for (int i = 0; i < 20_000; i++) index.add("live-blog", HOUR, unrelated, "v" + i);
    assertThat(index.size()).isEqualTo(2);
    assertThat(index.places()).isLessThanOrEqualTo(2 * 1024 + 1);
    assertThat(index.get("live-blog")).isEqualTo("v19999");
    assertThat(index.similar(copy)).extracting(NearDuplicateIndex.Match::key).contains("kept");
  }

  @Test
  void aLateArrivalAlreadyOlderThanTheWindowIsNotKept() {
    NearDuplicateIndex<String> index = new NearDuplicateIndex<>(Duration.ofHours(72), 1_000);
    index.add("new", 100 * HOUR, unrelated, "new");
    index.add("old", 0, original, "old");
    assertThat(index.get("old")).isNull();
    assertThat(index.size()).isEqualTo(1);
    index.add("recent", 99 * HOUR, original, "recent");
    assertThat(index.similar(copy)).extracting(NearDuplicateIndex.Match::key).contains("recent");
  }

  private static Fingerprint text(String s) {
    return FingerprintTest.of(s);
  }
}

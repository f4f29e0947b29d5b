package ua.strichka.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import ua.strichka.config.Config;

class SearchSlotsTest {
  @Test
  void runsAtMostItsSlotsAtOnceAndTheRestInTurn() throws Exception {
    SearchSlots slots = new SearchSlots(2);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch twoIn = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService clients = Executors.newFixedThreadPool(6);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        int client = i;
        answers.add(
            clients.submit(
                () ->
                    slots.run(
                        () -> {
                          most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                          twoIn.countDown();
                          await(release);
                          inside.decrementAndGet();
                          return client;
                        })));
      }
      assertThat(twoIn.await(10, TimeUnit.SECONDS)).isTrue();
      // the other four had time to start; none may have entered
      Thread.sleep(200);
      assertThat(inside.get()).isEqualTo(2);
      release.countDown();
      for (int i = 0; i < 6; i++) assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
      assertThat(most.get()).isEqualTo(2);
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void anInterruptedThreadStillGetsItsAnswer() {
    SearchSlots slots = new SearchSlots(1);
    Thread.currentThread().interrupt();
    try {
      assertThat(slots.run(() -> "found")).isEqualTo("found");
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void aFailingSearchGivesItsSlotBack() {
    SearchSlots slots = new SearchSlots(1);
    assertThatThrownBy(
            () ->
                slots.run(
                    () -> {
                      throw new SearchException("broken index");
                    }))
        .hasMessage("broken index");
    assertThat(slots.run(() -> "next")).isEqualTo("next");
  }

  @Test
  void slotsComeFromTheSettingsOnePerCoreByDefault() {
    SearchSettings configured = SearchSettings.from(Config.defaults());
    assertThat(configured.concurrentSearches()).isZero();
    assertThat(configured.searchSlots()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(configured.concurrentSearches(3).searchSlots()).isEqualTo(3);
    assertThatThrownBy(() -> configured.concurrentSearches(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SearchSlots(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}

package ua.strichka.search;

import java.util.ArrayList;
import java.util.List;

/**
 * How an index's article ids differ from the store's, for the reconciliation pass both backends run
 * when their document count and the store's row count disagree (articles deleted or replaced while
 * the index was behind).
 *
 * @param missing ids in the store the index lacks
 * @param gone ids in the index the store no longer has
 */
record IdDifference(List<Long> missing, List<Long> gone) {
  /** The difference of two ascending id arrays, in one merge pass. */
  static IdDifference of(long[] inStore, long[] inIndex) {
    List<Long> missing = new ArrayList<>();
    List<Long> gone = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < inStore.length || j < inIndex.length) {
      if (j == inIndex.length || (i < inStore.length && inStore[i] < inIndex[j])) {
        missing.add(inStore[i++]);
      } else if (i == inStore.length || inIndex[j] < inStore[i]) {
        gone.add(inIndex[j++]);
      } else {
        i++;
        j++;
      }
    }
    return new IdDifference(missing, gone);
  }
}

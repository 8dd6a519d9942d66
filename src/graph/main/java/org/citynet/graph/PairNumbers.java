package org.citynet.graph;

import java.util.Arrays;

/**
 * Numbers unordered vertex pairs {u, v} 0, 1, 2 ... in the order they first appear.
 *
 * <p>Why not a map of edges: merging five million link rows through boxed map entries and JGraphT's
 * pair index cost gigabytes and most of the build time; this is an open-addressing table of packed
 * {@code long} keys with linear probing, 12–24 bytes per pair, O(1) expected per lookup.
 */
final class PairNumbers {
  private static final long EMPTY = -1L;

  private long[] keys;
  private int[] numbers;
  private int size;

  /** A table sized for about {@code expected} pairs; it grows beyond. */
  PairNumbers(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    numbers = new int[capacity];
    Arrays.fill(keys, EMPTY);
  }

  /** Pairs numbered so far. */
  int size() {
    return size;
  }

  /**
   * The number of the pair {u, v}, the same for {v, u}; a pair not seen before gets {@link
   * #size()}, which then grows by one.
   */
  int numberOf(int u, int v) {
    long key = ((long) Math.min(u, v) << 32) | Math.max(u, v);
    int mask = keys.length - 1;
    int slot = spread(key) & mask;
    while (keys[slot] != EMPTY) {
      if (keys[slot] == key) {
        return numbers[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    numbers[slot] = size;
    if (++size * 2 > keys.length) {
      grow();
    }
    return size - 1;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldNumbers = numbers;
    keys = new long[oldKeys.length * 2];
    numbers = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = spread(oldKeys[i]) & mask;
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        numbers[slot] = oldNumbers[i];
      }
    }
  }

  /** MurmurHash3's 64-bit finaliser: packed pairs of small ints would cluster otherwise. */
  private static int spread(long key) {
    long z = key;
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return (int) (z ^ (z >>> 33));
  }
}

package org.citynet.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairNumbersTest {
  @Test
  void numbersPairsInOrderOfFirstAppearanceWhicheverWayRound() {
    PairNumbers pairs = new PairNumbers(4);

    assertThat(pairs.numberOf(3, 7)).isZero();
    assertThat(pairs.numberOf(1, 2)).isEqualTo(1);
    assertThat(pairs.numberOf(7, 3)).isZero();
    assertThat(pairs.numberOf(2, 1)).isEqualTo(1);
    assertThat(pairs.numberOf(0, 2)).isEqualTo(2);
    assertThat(pairs.size()).isEqualTo(3);
  }

  @Test
  void agreesWithAMapWellBeyondItsStartingSize() {
    PairNumbers pairs = new PairNumbers(1);
    Map<Long, Integer> expected = new HashMap<>();
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 200_000; i++) {
      int u = random.nextInt(2_000);
      int v = random.nextInt(Integer.MAX_VALUE);
      long key = ((long) Math.min(u, v) << 32) | Math.max(u, v);
      int number = expected.computeIfAbsent(key, k -> expected.size());
      assertThat(random.nextBoolean() ? pairs.numberOf(u, v) : pairs.numberOf(v, u))
          .isEqualTo(number);
    }
    assertThat(pairs.size()).isEqualTo(expected.size());
  }
}

package org.citynet.analysis.significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.citynet.analysis.regions.EiIndex;
import org.citynet.graph.CompactGraph;
import org.citynet.model.NullComparison;
import org.junit.jupiter.api.Test;

class EiPermutationsTest {
  @Test
  void segregatedRegionsAreSignificantlyHomophilous() {
    // Two triangles of different regions and one link between them: E-I = (1 - 6) / 7.
    CompactGraph g = SmallGraphs.of(6, "0-1 1-2 0-2 3-4 4-5 3-5 2-3");
    int[] units = {0, 0, 0, 1, 1, 1};

    EiPermutations.Result r = EiPermutations.test(g, units, 999, 1);

    assertThat(r.network().observed()).isCloseTo(-5.0 / 7, within(1e-12));
    // Only the two shuffles that keep the triangles apart (in either labelling) reach -5/7:
    // 2 of the C(6,3) = 20 labellings, so p is near (1 + 999/10) / 1000.
    assertThat(r.network().p()).isBetween(0.07, 0.13);
    assertThat(r.network().nullMean()).isGreaterThan(0);
    assertThat(r.network().samples()).isEqualTo(999);
  }

  @Test
  void regionsIndependentOfTheLinksAreNotSignificant() {
    Random rng = new Random(3);
    CompactGraph g = SmallGraphs.random(200, 600, rng);
    int[] units = rng.ints(200, 0, 4).toArray();

    NullComparison network = EiPermutations.test(g, units, 500, 7).network();

    assertThat(network.p()).isGreaterThan(0.05);
    assertThat(Math.abs(network.z())).isLessThan(3);
  }

  @Test
  void observedIndicesAreThoseOfEiIndex() {
    Random rng = new Random(4);
    CompactGraph g = SmallGraphs.random(80, 200, rng);
    int[] units = rng.ints(80, -1, 3).toArray();
    List<String> names = Arrays.stream(units).mapToObj(u -> u < 0 ? "" : "unit" + u).toList();
    int[] groupOf = Arrays.stream(units).map(u -> Math.max(u, 0)).toArray();

    EiPermutations.Result r = EiPermutations.test(g, units, 10, 1);

    List<EiIndex> perGroup = EiIndex.perGroup(g, names, groupOf);
    for (int u = 0; u < 3; u++) {
      assertThat(r.units().get(u).observed()).isCloseTo(perGroup.get(u).value(), within(1e-12));
    }
  }

  @Test
  void sameSeedSameResultOnAnyNumberOfThreads() throws Exception {
    Random rng = new Random(9);
    CompactGraph g = SmallGraphs.random(100, 300, rng);
    int[] units = rng.ints(100, 0, 3).toArray();

    EiPermutations.Result common = EiPermutations.test(g, units, 200, 42);
    EiPermutations.Result single =
        new ForkJoinPool(1).submit(() -> EiPermutations.test(g, units, 200, 42)).get();

    assertThat(single).isEqualTo(common);
    assertThat(EiPermutations.test(g, units, 200, 43)).isNotEqualTo(common);
  }

  @Test
  void noPermutationsGiveNoPValue() {
    CompactGraph g = SmallGraphs.of(3, "0-1 1-2");

    NullComparison network = EiPermutations.test(g, new int[] {0, 0, 1}, 0, 1).network();

    assertThat(network.observed()).isCloseTo(0, within(1e-12));
    assertThat(network.p()).isNaN();
    assertThat(network.samples()).isZero();
  }
}

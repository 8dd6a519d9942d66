package org.citynet.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citynet.graph.CompactGraph;
import org.junit.jupiter.api.Test;

class RowBlockTest {
  /** The star 0-{1..6} plus the edge 7-8: vertex 0 holds 6 of the 14 slots. */
  private static final CompactGraph STAR_AND_EDGE =
      CompactGraph.fromEdges(
          9,
          List.of(
              new int[] {0, 1},
              new int[] {0, 2},
              new int[] {0, 3},
              new int[] {0, 4},
              new int[] {0, 5},
              new int[] {0, 6},
              new int[] {7, 8}),
          new double[] {1, 2, 3, 4, 5, 6, 0.5});

  @Test
  void cutsRowsIntoConsecutiveRangesOfAboutEqualSlots() {
    List<int[]> ranges = RowBlock.ranges(STAR_AND_EDGE, 2);

    // 14 slots: the first half (7) is reached after vertex 1 (6 + 1 slots).
    assertThat(ranges).containsExactly(new int[] {0, 2}, new int[] {2, 9});
  }

  @Test
  void neverMakesMoreRangesThanRows() {
    assertThat(RowBlock.ranges(STAR_AND_EDGE, 20))
        .hasSizeLessThanOrEqualTo(9)
        .allSatisfy(r -> assertThat(r[1]).isGreaterThan(r[0]));
    assertThat(RowBlock.ranges(CompactGraph.fromEdges(0, List.of(), null), 4)).isEmpty();
  }

  @Test
  void keepsDegreesStrengthsAndEdgesOfItsRows() {
    RowBlock block = RowBlock.of(STAR_AND_EDGE, 6, 9);

    assertThat(block.first()).isEqualTo(6);
    assertThat(block.degrees()).containsExactly(1, 1, 1);
    assertThat(block.strengths()).containsExactly(6, 0.5, 0.5);
    // Edge 0-6 belongs to row 0's block; 7-8 is listed once, from 7.
    assertThat(block.edges())
        .singleElement()
        .satisfies(
            e -> assertThat(List.of(e.srcId(), e.dstId(), e.attr())).containsExactly(7L, 8L, 0.5));
  }

  @Test
  void spreadsSharesAlongWeightedEdges() {
    double[] share = {1, 10, 20, 30, 40, 50, 60, 100, 1000};

    // Row 0 gathers 10·1 + 20·2 + ... + 60·6; row 7 gathers 1000·0.5.
    assertThat(RowBlock.of(STAR_AND_EDGE, 0, 9).spread(share))
        .containsExactly(910, 1, 2, 3, 4, 5, 6, 500, 50);
  }
}

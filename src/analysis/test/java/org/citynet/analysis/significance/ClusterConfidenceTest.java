package org.citynet.analysis.significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterConfidenceTest {
  @Test
  void meanJaccardOverlapWithTheReportedClusterByHand() {
    int[] reported = {0, 0, 1, 1};
    // Start A agrees; start B moves city 1 to the other cluster (ids differ, which is fine).
    List<int[]> starts = List.of(new int[] {5, 5, 7, 7}, new int[] {3, 4, 4, 4});

    double[] confidence = ClusterConfidence.of(reported, starts);

    // City 0: B puts it alone, {0} against {0,1}: 1/2. City 1: {1,2,3} against {0,1}: 1/4.
    // Cities 2 and 3: {1,2,3} against {2,3}: 2/3.
    assertThat(confidence[0]).isCloseTo((1 + 0.5) / 2, within(1e-12));
    assertThat(confidence[1]).isCloseTo((1 + 0.25) / 2, within(1e-12));
    assertThat(confidence[2]).isCloseTo((1 + 2.0 / 3) / 2, within(1e-12));
    assertThat(confidence[3]).isCloseTo(confidence[2], within(1e-12));
  }

  @Test
  void identicalStartsGiveFullConfidence() {
    int[] reported = {0, 1, 1, 2};

    assertThat(ClusterConfidence.of(reported, List.of(reported, reported))).containsOnly(1.0);
    assertThat(ClusterConfidence.of(reported, List.of())).containsOnly(1.0);
  }
}

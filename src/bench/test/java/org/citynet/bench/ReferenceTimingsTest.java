package org.citynet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceTimingsTest {
  @Test
  void readsATimingLineAsPythonsJsonDumpsWritesIt() {
    String line =
        "{\"tool\": \"igraph 0.10.4\", \"measure\": \"betweenness\", \"wall\": 1.25e2,"
            + " \"cpu\": 120.5, \"extrapolated\": false, \"peak_rss_kib\": 81234}";

    assertThat(ReferenceTimings.timing(line))
        .contains(new ReferenceTiming("igraph 0.10.4", "betweenness", 125.0, 120.5, false));
  }

  @Test
  void readsTheFieldsInAnyOrder() {
    String line =
        "{\"extrapolated\": true, \"cpu\": 3, \"wall\": 4,"
            + " \"measure\": \"closeness\", \"tool\": \"networkx 2.8.8\"}";

    assertThat(ReferenceTimings.timing(line))
        .contains(new ReferenceTiming("networkx 2.8.8", "closeness", 4.0, 3.0, true));
  }

  @Test
  void leavesOtherLinesAsRemarks() {
    assertThat(ReferenceTimings.timing("{\"tool\": \"igraph\", \"missing\": true}")).isEmpty();
    assertThat(ReferenceTimings.timing("Traceback (most recent call last):")).isEmpty();
    assertThat(ReferenceTimings.timing("")).isEmpty();
    assertThat(
            ReferenceTimings.timing(
                "{\"tool\": \"x\", \"measure\": \"b\", \"wall\": \"1\","
                    + " \"cpu\": 1, \"extrapolated\": false}"))
        .isEmpty();
  }
}

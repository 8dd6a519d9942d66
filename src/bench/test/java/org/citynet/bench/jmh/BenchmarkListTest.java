package org.citynet.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.citynet.analysis.centrality.ShortestPathCentralities;
import org.citynet.graph.CompactGraph;
import org.junit.jupiter.api.Test;

/** The kernel benchmarks are compiled into JMH's list, and their inputs are what they say. */
class BenchmarkListTest {
  @Test
  void jmhListsEveryKernelBenchmark() throws IOException {
    String list;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
      assertThat(in).as("JMH's annotation processor wrote META-INF/BenchmarkList").isNotNull();
      list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // One line per benchmark method, naming the harness class JMH generated for it.
    assertThat(list)
        .contains(
            "jmh_generated.BetweennessBenchmark_exact_jmhTest",
            "jmh_generated.LeidenBenchmark_defaults_jmhTest",
            "jmh_generated.GravityBenchmark_estimateNullModel_jmhTest",
            "jmh_generated.GravityBenchmark_gravityLeidenOneStart_jmhTest",
            "jmh_generated.GeodesicsBenchmark_line_jmhTest");
  }

  @Test
  void seededGraphHasTheAskedSizeAndIsTheSameEachTime() {
    CompactGraph g = SeededNetworks.graph(300, 900);
    assertThat(g.vertexCount()).isEqualTo(300);
    assertThat(g.edgeCount()).isEqualTo(900);
    ShortestPathCentralities a = ShortestPathCentralities.of(g);
    ShortestPathCentralities b = ShortestPathCentralities.of(SeededNetworks.graph(300, 900));
    for (int v = 0; v < 300; v++) {
      assertThat(a.betweenness(v)).isEqualTo(b.betweenness(v));
    }
    assertThat(SeededNetworks.positions(300)[0]).hasSize(300);
  }
}

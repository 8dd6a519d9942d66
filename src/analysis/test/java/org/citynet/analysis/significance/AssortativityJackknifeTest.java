package org.citynet.analysis.significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.citynet.analysis.centrality.DegreeAssortativity;
import org.citynet.analysis.regions.RegionalMixing;
import org.citynet.graph.CompactGraph;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssortativityJackknifeTest {
  @TempDir Path dir;

  @Test
  void degreeValueAgreesWithTheSummarysDegreeAssortativity() {
    // The summary shows DegreeAssortativity's r; the jackknife's full-sample r must be the same.
    Random random = new Random(7);
    for (int trial = 0; trial < 20; trial++) {
      int n = 5 + random.nextInt(30);
      CompactGraph g = SmallGraphs.random(n, n + random.nextInt(n), random);
      double expected = DegreeAssortativity.of(g);
      double actual = AssortativityJackknife.degree(g).value();
      if (Double.isNaN(expected)) {
        assertThat(actual).isNaN();
      } else {
        assertThat(actual).isCloseTo(expected, within(1e-12));
      }
    }
  }

  @Test
  void starIsPerfectlyDisassortativeWithNoJackknifeError() {
    // Every link joins degree 3 to degree 1: r = -1 whichever link is left out.
    Jackknifed r = AssortativityJackknife.degree(SmallGraphs.of(4, "0-1 0-2 0-3"));

    assertThat(r.value()).isCloseTo(-1, within(1e-12));
    assertThat(r.standardError()).isCloseTo(0, within(1e-12));
  }

  @Test
  void pathOfFourByHand() {
    // Path 0-1-2-3: links (1,2), (2,2), (2,1). Mean of ends 5/3, Σ jk/3 = 8/3, Σ (j²+k²)/2 /3 = 3:
    // r = (8/3 - 25/9) / (3 - 25/9) = -1/2. Without an end link: (2,2),(2,1): mean 7/4,
    // Σjk/2 = 3, Σ(j²+k²)/2/2 = 13/4: r = (3 - 49/16)/(13/4 - 49/16) = -1/3. Without the middle
    // link all ends are (1,2): r = -1. σ² = 2·(1/6)² + (1/2)².
    Jackknifed r = AssortativityJackknife.degree(SmallGraphs.of(4, "0-1 1-2 2-3"));

    assertThat(r.value()).isCloseTo(-0.5, within(1e-12));
    assertThat(r.standardError()).isCloseTo(Math.sqrt(2.0 / 36 + 0.25), within(1e-12));
  }

  @Test
  void regularGraphHasNoDegreeAssortativity() {
    // A cycle: every end has degree 2, so r is 0/0.
    Jackknifed r = AssortativityJackknife.degree(SmallGraphs.of(4, "0-1 1-2 2-3 3-0"));

    assertThat(r.value()).isNaN();
    assertThat(r.standardError()).isNaN();
  }

  @Test
  void fastJackknifeEqualsLeavingEachLinkOutInTurn() {
    Random rng = new Random(5);
    for (int t = 0; t < 30; t++) {
      int n = 5 + rng.nextInt(40);
      int m = Math.min(n * (n - 1) / 2, n + rng.nextInt(3 * n));
      CompactGraph g = SmallGraphs.random(n, m, rng);
      int[] units = randomUnits(n, 1 + rng.nextInt(4), rng);

      Jackknifed degree = AssortativityJackknife.degree(g);
      Jackknifed attribute = AssortativityJackknife.attribute(g, units);

      assertThat(degree.standardError())
          .as("degree, graph %d", t)
          .isCloseTo(naiveDegreeError(g, degree.value()), within(1e-9));
      if (!Double.isNaN(attribute.value())) {
        assertThat(attribute.standardError())
            .as("attribute, graph %d", t)
            .isCloseTo(naiveAttributeError(g, units, attribute.value()), within(1e-9));
      }
    }
  }

  @Test
  void attributeAssortativityIsTheRegionalMixingCoefficient() {
    Random rng = new Random(8);
    CompactGraph g = SmallGraphs.random(60, 150, rng);
    List<String> names = List.of("", "Africa", "Asia", "Europe");
    int[] units = randomUnits(60, 3, rng);
    // RegionalMixing numbers units by name, which this order keeps.
    List<String> unitNames = Arrays.stream(units).mapToObj(u -> names.get(u + 1)).toList();

    assertThat(AssortativityJackknife.attribute(g, units).value())
        .isCloseTo(RegionalMixing.of(g, unitNames).assortativity(), within(1e-12));
  }

  @Test
  void coefficientsMatchNetworkX() throws IOException {
    ExternalTools.requirePythonModule("networkx", "python3-networkx");
    Random rng = new Random(13);
    List<String> lines = new ArrayList<>();
    List<CompactGraph> graphs = new ArrayList<>();
    List<int[]> unitsOf = new ArrayList<>();
    for (int t = 0; t < 25; t++) {
      int n = 6 + rng.nextInt(80);
      int m = Math.min(n * (n - 1) / 2, n + rng.nextInt(4 * n));
      List<int[]> edges = SmallGraphs.randomEdges(n, m, rng);
      int[] units = randomUnits(n, 2 + rng.nextInt(4), rng);
      graphs.add(CompactGraph.fromEdges(n, edges, null));
      unitsOf.add(units);
      lines.add(
          n
              + " | "
              + edges.stream().map(e -> e[0] + "-" + e[1]).collect(Collectors.joining(" "))
              + " | "
              + Arrays.stream(units).mapToObj(Integer::toString).collect(Collectors.joining(" ")));
    }
    Path file = Files.write(dir.resolve("graphs.txt"), lines);

    ExternalTools.Result r =
        ExternalTools.run(
            List.of(
                ExternalTools.PYTHON, "src/test/python/assortativity_oracle.py", file.toString()),
            120);

    assertThat(r.exitCode()).as(r.output()).isZero();
    String[] out = r.output().strip().split("\n");
    assertThat(out).hasSize(graphs.size());
    for (int t = 0; t < graphs.size(); t++) {
      String[] values = out[t].split(" ");
      check(AssortativityJackknife.degree(graphs.get(t)).value(), values[0], "degree " + t);
      check(
          AssortativityJackknife.attribute(graphs.get(t), unitsOf.get(t)).value(),
          values[1],
          "attribute " + t);
    }
  }

  private static void check(double ours, String networkx, String what) {
    if (networkx.equals("nan")) {
      assertThat(ours).as(what).isNaN();
    } else {
      assertThat(ours).as(what).isCloseTo(Double.parseDouble(networkx), within(1e-10));
    }
  }

  /** Units 0..k-1, a tenth of the cities unknown (-1). */
  private static int[] randomUnits(int n, int k, Random rng) {
    int[] units = new int[n];
    for (int v = 0; v < n; v++) {
      units[v] = rng.nextInt(10) == 0 ? -1 : rng.nextInt(k);
    }
    return units;
  }

  /** √Σ (r_i − r)², each r_i recomputed from scratch over the other links. */
  private static double naiveDegreeError(CompactGraph g, double r) {
    if (Double.isNaN(r)) {
      return Double.NaN;
    }
    List<int[]> edges = SmallGraphs.edges(g);
    double sum = 0;
    for (int leftOut = 0; leftOut < edges.size(); leftOut++) {
      double[] x = new double[2 * (edges.size() - 1)];
      double[] y = new double[x.length];
      int k = 0;
      for (int i = 0; i < edges.size(); i++) {
        if (i != leftOut) {
          int a = g.degree(edges.get(i)[0]);
          int b = g.degree(edges.get(i)[1]);
          // Each link in both directions: Newman's r is the Pearson correlation of these pairs.
          x[k] = a;
          y[k++] = b;
          x[k] = b;
          y[k++] = a;
        }
      }
      double ri = pearson(x, y);
      if (!Double.isNaN(ri)) {
        sum += (ri - r) * (ri - r);
      }
    }
    return Math.sqrt(sum);
  }

  private static double pearson(double[] x, double[] y) {
    double mx = Arrays.stream(x).average().orElse(Double.NaN);
    double my = Arrays.stream(y).average().orElse(Double.NaN);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx < 1e-12 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }

  /** The same for the attribute coefficient, from the mixing matrix of the other links. */
  private static double naiveAttributeError(CompactGraph g, int[] units, double r) {
    List<int[]> edges =
        SmallGraphs.edges(g).stream().filter(e -> units[e[0]] >= 0 && units[e[1]] >= 0).toList();
    int k = Arrays.stream(units).max().orElse(-1) + 1;
    double sum = 0;
    for (int leftOut = 0; leftOut < edges.size(); leftOut++) {
      double[][] e = new double[k][k];
      int links = edges.size() - 1;
      for (int i = 0; i < edges.size(); i++) {
        if (i != leftOut) {
          int a = units[edges.get(i)[0]];
          int b = units[edges.get(i)[1]];
          e[a][b] += 0.5 / links;
          e[b][a] += 0.5 / links;
        }
      }
      double trace = 0;
      double squares = 0;
      for (int u = 0; u < k; u++) {
        trace += e[u][u];
        double a = Arrays.stream(e[u]).sum();
        squares += a * a;
      }
      double ri = (trace - squares) / (1 - squares);
      if (Double.isFinite(ri)) {
        sum += (ri - r) * (ri - r);
      }
    }
    return Math.sqrt(sum);
  }
}

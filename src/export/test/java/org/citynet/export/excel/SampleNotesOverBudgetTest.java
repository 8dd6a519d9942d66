package org.citynet.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.citynet.export.AnalysisCopies;
import org.citynet.export.schema.SampleNotes;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.NetworkSummary;
import org.junit.jupiter.api.Test;

/** What the outputs say when auto's CPU budget did not buy the fewest samples of a test. */
class SampleNotesOverBudgetTest {
  @Test
  void saysThatAutoDrewNoneOnANetworkTheSizeOfTheWorldsAndHowToAskForThem() {
    NetworkAnalysis world = ofSize(17_155, 24_771);

    assertThat(SampleNotes.nullNetworks(world))
        .isEqualTo(
            " On a network this large auto drew no null networks: the fewest it draws, 3, would"
                + " cost more than its budget of 4 s of CPU, so the modularity and clustering are"
                + " not compared with rewired networks; --null-networks 3 draws them.");
    assertThat(SampleNotes.resamples(world))
        .isEqualTo(
            " On a network this large auto drew no resamples: the fewest it draws, 10, would cost"
                + " more than its budget of 1 s of CPU, so the brokers' ranks have no intervals;"
                + " --resamples 10 draws them.");
    assertThat(String.join(" ", Findings.of(world))).contains("auto drew no null networks");
  }

  @Test
  void saysNothingWhereAutoWouldHaveDrawnSamplesButNoTestRan() {
    // six cities: auto draws its most there, so no samples means the tests were not run at all
    NetworkAnalysis small = ofSize(6, 7);

    assertThat(SampleNotes.both(small)).isEmpty();
  }

  /** The six-city analysis, without any test run, as if it had this many cities and links. */
  private static NetworkAnalysis ofSize(int cities, int links) {
    NetworkAnalysis a = SyntheticNetworks.sixCities();
    NetworkSummary s = a.summary();
    NetworkSummary sized =
        new NetworkSummary(
            cities,
            links,
            s.linkRows(),
            s.components(),
            s.largestComponentShare(),
            s.density(),
            s.meanDegree(),
            s.degreeAssortativity(),
            s.clusters(),
            s.modularity(),
            s.quality(),
            s.qualityScore(),
            s.stability(),
            s.spatialClusters(),
            s.spatialModularity(),
            s.partitionNmi(),
            s.betweennessMethod(),
            s.backbone(),
            s.zeroLengthLinks());
    assertThat(a.significance().nullNetworks()).isZero();
    assertThat(a.significance().resamples()).isZero();
    return AnalysisCopies.withSummary(a, sized);
  }
}

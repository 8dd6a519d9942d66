package org.citynet.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Significance;
import org.junit.jupiter.api.Test;

class FindingsTest {
  @Test
  void describesTheSixCityNetworkFromItsNumbers() {
    // Expected sentences worked out by hand from SyntheticNetworks.sixCities().
    assertThat(Findings.of(SyntheticNetworks.sixCities()))
        .containsExactly(
            "Northtown (DE) lies on 40% of shortest paths between other cities — the network's"
                + " main broker. Next comes =HYPERLINK(\"x\") (BR) with 30%.",
            "Northtown (DE) has the most partners: 3 partner cities, against a mean of 1.7 per"
                + " city.",
            "Leiden clustering finds 3 clusters (modularity 0.22). The largest holds 3 cities (50%"
                + " of all) and is centred on Europe (67% of its members); 1 cluster is a single"
                + " city. The 10 random starts of the clustering agree closely (mean adjusted Rand"
                + " index 0.92, normalised mutual information 0.95).",
            // Expected 0.5² + 0.2² + 0.3² = 38%; 0.40 / 0.38 = 1.05; r = 0.02 / 0.62 = 0.032.
            "40% of partnerships stay within one UN region and 0% within one country. Partners"
                + " chosen regardless of region would give 38% within one region; the observed"
                + " share is 1.1 times that (assortativity r = 0.03, where 0 means no preference"
                + " for the own region).",
            "The largest connected group holds 83% of the cities. 1 city (17%) has no partnership"
                + " in the data.",
            "Partnerships span a median of 6,000 km; the longest joins Northtown (DE) and"
                + " =HYPERLINK(\"x\") (BR), 9,500 km apart.",
            // 2^−0.366 = 0.776: doubling the distance leaves 78% of the chance.
            "Partnerships per city pair scale as distance^−0.37 (95% confidence interval −1.39 to"
                + " 0.66): doubling the distance cuts the chance of a partnership between two"
                + " cities by 22%.",
            "33% of the cities are in the Americas, 33% in Europe and 17% in Africa.");
  }

  @Test
  void saysSoWhenThereAreNoPartnerships() {
    assertThat(Findings.of(SyntheticNetworks.withoutLinks()))
        .containsExactly(
            "The input lists 3 cities but no partnerships between them, so no city stands out as a"
                + " hub or broker.",
            "33% of the cities are in Africa, 33% in Europe and 33% in no known region.");
  }

  @Test
  void readsWellForOneClusterWithoutBrokersAndATie() {
    assertThat(Findings.of(SyntheticNetworks.triangle()))
        .containsExactly(
            "No city lies on a shortest path between two others: every group of partners is"
                + " directly linked, so the network has no brokers.",
            "Alpha (DE), Beta (FR) and Gamma (IT) have the most partners: 2 partner cities each,"
                + " against a mean of 2.0 per city.",
            "Leiden clustering finds a single cluster of all 3 cities: the network has no clearly"
                + " separate groups; it lies entirely in Europe.",
            "100% of partnerships stay within one UN region and 0% within one country.",
            "All cities are connected: any city can reach any other through a chain of"
                + " partnerships.",
            "Partnerships span a median of 800 km; the longest joins Beta (FR) and Gamma (IT), 900"
                + " km apart.",
            "All cities are in Europe.");
  }

  @Test
  void hasOneSentenceForAnEmptyInput() {
    NetworkAnalysis empty =
        new NetworkAnalysis(
            SyntheticNetworks.run("empty"),
            SyntheticNetworks.summary(0, 0, 0, 0, 0, 0, 0, 0, 0),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            new org.citynet.model.RegionMatrix(List.of(), new int[0][0]),
            List.of(),
            org.citynet.model.DistanceDecayCurve.none(),
            Significance.none());
    assertThat(Findings.of(empty))
        .containsExactly("The input lists no cities, so there is no network to describe.");
  }

  @Test
  void writesSharesAsAReaderExpects() {
    assertThat(Phrases.percent(0)).isEqualTo("0%");
    assertThat(Phrases.percent(0.0004)).isEqualTo("less than 0.1%");
    assertThat(Phrases.percent(0.0123)).isEqualTo("1.2%");
    assertThat(Phrases.percent(0.05)).isEqualTo("5%");
    assertThat(Phrases.percent(0.126)).isEqualTo("13%");
    assertThat(Phrases.percent(0.999)).isEqualTo("more than 99%");
    assertThat(Phrases.percent(1)).isEqualTo("100%");
  }
}

package org.citynet.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.citynet.analysis.NetworkAnalyzer;
import org.citynet.export.AnalysisCopies;
import org.citynet.graph.CityGraphs;
import org.citynet.io.CityCsvReader;
import org.citynet.io.LinkCsvReader;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.BrokerRank;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.NullComparison;
import org.citynet.model.RunInfo;
import org.citynet.model.Significance;
import org.citynet.model.SignificanceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings say what is significant, and do not call a pattern real that its test rejects. */
class FindingsSignificanceTest {
  @Test
  void callsTestedPatternsRealInNumbers() {
    List<String> findings =
        Findings.of(
            with(
                new NullComparison(-0.42, 1 / 1001.0, 0.10, 0.05, 1000),
                new NullComparison(0.22, 1 / 6.0, 0.10, 0.01, 5),
                97));

    assertThat(findings.get(0))
        .endsWith(
            " Northtown is the top broker in 97 of 100 resamples with 10% of the links left out"
                + " at random (rank 1–2 in 90% of them).");
    assertThat(findings.get(2))
        .contains(
            "(modularity 0.22). The largest holds 3 cities (50% of all) and is centred on Europe"
                + " (67% of its members); 1 cluster is a single city. The clusters are more than"
                + " the degrees give: 5 rewired networks with the same degrees reach 0.10 ± 0.010"
                + " (z = 12.0).");
    assertThat(findings.get(3))
        .endsWith(
            " Links stay within a region more than chance would give: E–I −0.42 against 0.10"
                + " with the regions shuffled among the cities, p < 0.001 over 1,000"
                + " permutations.");
  }

  @Test
  void doesNotCallChancePatternsReal() {
    List<String> findings =
        Findings.of(
            with(
                new NullComparison(0.05, 0.31, 0.08, 0.05, 1000),
                new NullComparison(0.22, 0.5, 0.215, 0.01, 5),
                30));

    assertThat(findings.get(0))
        .contains("in 30 of 100 resamples")
        .endsWith("the ranking at the top is not robust.");
    assertThat(findings.get(2))
        .contains("But 5 rewired networks with the same degrees reach 0.22 ± 0.010 (z = 0.5)")
        .contains("not evidence of groups")
        .doesNotContain("more than the degrees give");
    assertThat(findings.get(3))
        .contains("Links do not stay within a region more than chance would give")
        .contains("p = 0.310 over 1,000 permutations")
        .endsWith("so the regional pattern may be chance.");
  }

  @Test
  void saysHowManySamplesAutoDrewWhenTheNetworkLimitedThem() {
    // auto (the settings' default) drew 5 of up to 20 null networks but all 100 resamples
    List<String> findings =
        Findings.of(
            with(
                new NullComparison(-0.42, 1 / 1001.0, 0.10, 0.05, 1000),
                new NullComparison(0.22, 1 / 6.0, 0.10, 0.01, 5),
                97));

    assertThat(findings.get(2))
        .contains(
            "(z = 12.0). On a network this large auto drew 5 null networks (up to 20 on smaller ones): the"
                + " fewer the samples, the rougher the null spread and its z-scores;"
                + " --null-networks N draws more. ");
    assertThat(findings.get(0)).doesNotContain("auto drew");
  }

  @Test
  void callsAPValueOfExactlyFivePercentPossiblyChance() {
    List<String> findings =
        Findings.of(
            with(
                new NullComparison(-0.2, Findings.SIGNIFICANT_P, 0.1, 0.05, 1000),
                NullComparison.none(),
                97));

    assertThat(findings.get(3))
        .contains("Links do not stay within a region more than chance would give")
        .contains("p = 0.050")
        .endsWith("so the regional pattern may be chance.");
  }

  @Test
  void doesNotCallRegionsRealOnANetworkWhoseLinksIgnoreThem(@TempDir Path dir) throws Exception {
    // 150 cities in 12 countries of four regions, 300 links between cities drawn at random: the
    // regions have nothing to do with the links
    String[] countries = {"FR", "DE", "ES", "CN", "JP", "IN", "BR", "US", "MX", "NG", "KE", "ZA"};
    Random random = new Random(7);
    StringBuilder cities = new StringBuilder("id,name,country,lat,lon\n");
    int n = 150;
    for (int i = 0; i < n; i++) {
      cities.append(
          String.format(
              Locale.ROOT,
              "c%d,City %d,%s,%.3f,%.3f%n",
              i,
              i,
              countries[random.nextInt(countries.length)],
              random.nextDouble() * 120 - 60,
              random.nextDouble() * 360 - 180));
    }
    Set<String> pairs = new HashSet<>();
    StringBuilder links = new StringBuilder("source,target\n");
    while (pairs.size() < 300) {
      int a = random.nextInt(n);
      int b = random.nextInt(n);
      if (a != b && pairs.add(Math.min(a, b) + "-" + Math.max(a, b))) {
        links.append("c").append(a).append(",c").append(b).append('\n');
      }
    }
    Files.writeString(dir.resolve("cities.csv"), cities);
    Files.writeString(dir.resolve("links.csv"), links);
    AnalysisSettings d = AnalysisSettings.defaults();
    AnalysisSettings settings =
        new AnalysisSettings(
            d.quality(),
            d.resolution(),
            d.starts(),
            d.seed(),
            d.nullModel(),
            d.importance(),
            d.pathLength(),
            d.betweenness(),
            d.epsilon(),
            d.delta(),
            d.backbone(),
            new SignificanceSettings(1_000, 0, 0));
    NetworkAnalysis analysis =
        NetworkAnalyzer.analyze(
            CityGraphs.build(
                new CityCsvReader(w -> {}).read(dir.resolve("cities.csv")),
                new LinkCsvReader(w -> {}).read(dir.resolve("links.csv")),
                "links.csv",
                false,
                w -> {}),
            List.of(),
            new RunInfo("random", "0", "citynet", List.of(), settings, Instant.EPOCH, List.of()));

    double p = analysis.significance().eiIndex().p();
    assertThat(p).isGreaterThanOrEqualTo(Findings.SIGNIFICANT_P);
    assertThat(String.join(" ", Findings.of(analysis)))
        .contains("Links do not stay within a region more than chance would give")
        .contains(String.format(Locale.UK, "p = %.3f over 1,000 permutations", p))
        .contains("so the regional pattern may be chance")
        .doesNotContain("Links stay within a region more than chance");
  }

  @Test
  void saysNothingOfTestsNotRun() {
    List<String> findings = Findings.of(SyntheticNetworks.sixCities());

    assertThat(String.join(" ", findings))
        .doesNotContain("auto drew")
        .doesNotContain("resamples")
        .doesNotContain("rewired")
        .doesNotContain("permutations");
  }

  /** The six-city network with the given test results and a top broker ranked over 100. */
  static NetworkAnalysis with(NullComparison ei, NullComparison modularity, int first) {
    NetworkAnalysis a = SyntheticNetworks.sixCities();
    Significance s =
        new Significance(
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            ei,
            List.of(),
            modularity,
            NullComparison.none(),
            100,
            0.1,
            List.of(new Significance.Broker("c1", "Northtown", new BrokerRank(1, 1, 2), first)),
            List.of());
    return AnalysisCopies.withSignificance(a, s);
  }
}

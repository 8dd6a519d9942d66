package org.citynet.export.schema;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Significance;
import org.citynet.model.SignificanceSettings;

/**
 * What the brief, the run summary and the workbook say when {@code auto} drew fewer null networks
 * or resamples than it draws on a small network: how many were used, and that fewer samples make
 * the null spread rougher and the rank intervals wider; or, when its CPU budget did not buy the
 * minimum, that the test was left out and how to ask for it. One wording for every output.
 */
public final class SampleNotes {
  private SampleNotes() {}

  /**
   * " On a network this large auto drew 3 null networks (up to 20 on smaller ones): ...", " On a
   * network this large auto drew no null networks: ...", or "" when the count was asked for or not
   * limited, or the network has too few links for the test.
   */
  public static String nullNetworks(NetworkAnalysis analysis) {
    Significance s = analysis.significance();
    int links = analysis.summary().links();
    SignificanceSettings settings = analysis.run().settings().significance();
    return note(
        settings.nullNetworks(),
        s.nullNetworks(),
        links >= 2
            && settings.nullNetworksFor(links, analysis.run().settings().startsFor(links)) == 0,
        new Test(
            SignificanceSettings.MIN_AUTO_NULL_NETWORKS,
            SignificanceSettings.MAX_AUTO_NULL_NETWORKS,
            SignificanceSettings.NULL_NETWORK_BUDGET_SECONDS,
            "null network",
            "null networks",
            "the rougher the null spread and its z-scores",
            "the modularity and clustering are not compared with rewired networks",
            "--null-networks"));
  }

  /** The same for the brokers' resamples, or "". */
  public static String resamples(NetworkAnalysis analysis) {
    int links = analysis.summary().links();
    SignificanceSettings settings = analysis.run().settings().significance();
    return note(
        settings.resamples(),
        analysis.significance().resamples(),
        links >= 1 && settings.resamplesFor(analysis.summary().cities(), links) == 0,
        new Test(
            SignificanceSettings.MIN_AUTO_RESAMPLES,
            SignificanceSettings.MAX_AUTO_RESAMPLES,
            SignificanceSettings.RESAMPLE_BUDGET_SECONDS,
            "resample",
            "resamples",
            "the wider the brokers' rank intervals",
            "the brokers' ranks have no intervals",
            "--resamples"));
  }

  /** How one test's samples are counted and named. */
  private record Test(
      int fewest,
      int most,
      double budgetSeconds,
      String one,
      String many,
      String consequence,
      String without,
      String option) {}

  /** Both notes, without the leading space; "" when neither applies. */
  public static String both(NetworkAnalysis analysis) {
    return Stream.of(nullNetworks(analysis), resamples(analysis))
        .filter(n -> !n.isEmpty())
        .map(String::strip)
        .collect(Collectors.joining(" "));
  }

  /**
   * The note on one test; {@code overBudget} says that auto's rule draws none on this network,
   * which has links enough for the test (a test not run for another reason goes unmentioned).
   */
  private static String note(int asked, int drawn, boolean overBudget, Test test) {
    if (!SignificanceSettings.limitedByAuto(asked, drawn, test.most())
        || (drawn == 0 && !overBudget)) {
      return "";
    }
    if (drawn == 0) {
      return String.format(
          Locale.UK,
          " On a network this large auto drew no %s: the fewest it draws, %d, would cost more than"
              + " its budget of %.0f s of CPU, so %s; %s %d draws them.",
          test.many(),
          test.fewest(),
          test.budgetSeconds(),
          test.without(),
          test.option(),
          test.fewest());
    }
    return String.format(
        Locale.UK,
        " On a network this large auto drew %d %s (up to %d on smaller ones): the fewer the"
            + " samples, %s; %s N draws more.",
        drawn,
        drawn == 1 ? test.one() : test.many(),
        test.most(),
        test.consequence(),
        test.option());
  }
}

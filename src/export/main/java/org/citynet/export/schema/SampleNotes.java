package org.citynet.export.schema;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Significance;
import org.citynet.model.SignificanceSettings;

/**
 * What the brief and the run summary say when {@code auto} drew fewer null networks or resamples
 * than it draws on a small network: how many were used, and that fewer samples make the null spread
 * rougher and the rank intervals wider. One wording for both outputs.
 */
public final class SampleNotes {
  private SampleNotes() {}

  /**
   * " On a network this large auto drew 3 null networks (up to 20 on smaller ones): ...", or ""
   * when the count was asked for, not limited, or none were drawn.
   */
  public static String nullNetworks(NetworkAnalysis analysis) {
    Significance s = analysis.significance();
    return note(
        analysis.run().settings().significance().nullNetworks(),
        s.nullNetworks(),
        SignificanceSettings.MAX_AUTO_NULL_NETWORKS,
        "null network",
        "null networks",
        "the rougher the null spread and its z-scores",
        "--null-networks");
  }

  /** The same for the brokers' resamples, or "". */
  public static String resamples(NetworkAnalysis analysis) {
    return note(
        analysis.run().settings().significance().resamples(),
        analysis.significance().resamples(),
        SignificanceSettings.MAX_AUTO_RESAMPLES,
        "resample",
        "resamples",
        "the wider the brokers' rank intervals",
        "--resamples");
  }

  /** Both notes, without the leading space; "" when neither applies. */
  public static String both(NetworkAnalysis analysis) {
    return Stream.of(nullNetworks(analysis), resamples(analysis))
        .filter(n -> !n.isEmpty())
        .map(String::strip)
        .collect(Collectors.joining(" "));
  }

  private static String note(
      int asked, int drawn, int most, String one, String many, String consequence, String option) {
    // None drawn: the test was not run, and the outputs say nothing of it.
    if (drawn == 0 || !SignificanceSettings.limitedByAuto(asked, drawn, most)) {
      return "";
    }
    return String.format(
        Locale.UK,
        " On a network this large auto drew %d %s (up to %d on smaller ones): the fewer the"
            + " samples, %s; %s N draws more.",
        drawn,
        drawn == 1 ? one : many,
        most,
        consequence,
        option);
  }
}

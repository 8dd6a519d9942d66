package org.citynet.export.excel;

import static org.citynet.export.excel.Phrases.city;
import static org.citynet.export.excel.Phrases.count;
import static org.citynet.export.excel.Phrases.percent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.citynet.export.schema.SampleNotes;
import org.citynet.model.CityMetrics;
import org.citynet.model.Cluster;
import org.citynet.model.ClusterStability;
import org.citynet.model.DistanceDecayCurve;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.NetworkSummary;
import org.citynet.model.NullComparison;
import org.citynet.model.PeriodAnalysis;
import org.citynet.model.RegionalMixingSummary;
import org.citynet.model.Significance;

/**
 * Plain-language findings computed from an analysis: the main broker and hub, the clusters, how far
 * partnerships reach across regions, connectivity, distances and where the cities are.
 *
 * <p>Every sentence is built from the numbers, and each one has a wording for the edge cases (no
 * partnerships, one cluster, ties), so a tiny or degenerate network still reads correctly.
 */
public final class Findings {
  private static final String UNKNOWN_REGION = "Unknown";

  /** One-sided p-values below it the findings call significant; from it on, possibly chance. */
  static final double SIGNIFICANT_P = 0.05;

  /**
   * Smallest z-score against the rewired networks the findings call significant: the one-sided 5%
   * point of the normal distribution, as a few null networks cannot give a p-value below 5%.
   */
  static final double SIGNIFICANT_Z = 1.645;

  private Findings() {}

  /**
   * The findings, most telling first: one sentence for an empty input, up to 9 otherwise (the ninth
   * when the input has years: what changed from the first period to the last).
   */
  public static List<String> of(NetworkAnalysis analysis) {
    return of(analysis, NetworkFacts.of(analysis));
  }

  static List<String> of(NetworkAnalysis analysis, NetworkFacts facts) {
    int n = analysis.cities().size();
    if (n == 0) {
      return List.of("The input lists no cities, so there is no network to describe.");
    }
    List<String> findings = new ArrayList<>();
    if (analysis.links().isEmpty()) {
      findings.add(
          "The input lists "
              + count(n, "city", "cities")
              + " but no partnerships between them, so no city stands out as a hub or broker.");
    } else {
      findings.add(broker(facts, analysis));
      findings.add(hub(facts, analysis.summary()));
      findings.add(clusters(analysis));
      findings.add(regions(analysis, facts));
      if (analysis.time().periods().size() >= 2) {
        findings.add(overTime(analysis.time().periods()));
      }
      findings.add(connectivity(analysis.summary(), facts));
      findings.add(distances(facts));
      String decay = distanceDecay(analysis.distanceDecay());
      if (decay != null) {
        findings.add(decay);
      }
    }
    findings.add(whereCitiesAre(analysis.cities()));
    return List.copyOf(findings);
  }

  /**
   * What changed from the first period to the last: "From 2000-2004 to 2010-2014 the network grew
   * from 6 to 8 cities and its links stayed at 6; its share of links within one region fell from
   * 100% to 67%."
   */
  static String overTime(List<PeriodAnalysis> periods) {
    PeriodAnalysis first = periods.get(0);
    PeriodAnalysis last = periods.get(periods.size() - 1);
    StringBuilder s =
        new StringBuilder("From ")
            .append(first.period().label())
            .append(" to ")
            .append(last.period().label())
            .append(" the network ")
            .append(change(first.cities(), last.cities()))
            .append(" cities and its links ")
            .append(change(first.links(), last.links()));
    double a = first.sameRegionShare();
    double b = last.sameRegionShare();
    if (!Double.isNaN(a) && !Double.isNaN(b)) {
      s.append("; its share of links within one region ");
      if (percent(a).equals(percent(b))) {
        s.append("stayed at ").append(percent(a));
      } else {
        s.append(b > a ? "rose" : "fell")
            .append(" from ")
            .append(percent(a))
            .append(" to ")
            .append(percent(b));
      }
    }
    return s.append('.').toString();
  }

  /** "grew from 6 to 8", "shrank from 8 to 6", "stayed at 6". */
  private static String change(int from, int to) {
    if (from == to) {
      return "stayed at " + count(from);
    }
    return (to > from ? "grew" : "shrank") + " from " + count(from) + " to " + count(to);
  }

  private static String broker(NetworkFacts facts, NetworkAnalysis analysis) {
    List<CityMetrics> ranked = facts.byBetweenness();
    CityMetrics top = ranked.get(0);
    if (!(top.betweenness() > 0)) {
      return "No city lies on a shortest path between two others: every group of partners is"
          + " directly linked, so the network has no brokers.";
    }
    StringBuilder s =
        new StringBuilder(city(top))
            .append(" lies on ")
            .append(percent(top.betweenness()))
            .append(" of shortest paths between other cities — the network's main broker.");
    List<String> next =
        ranked.stream()
            .skip(1)
            .limit(2)
            .filter(c -> c.betweenness() > 0)
            .map(c -> city(c) + " with " + percent(c.betweenness()))
            .toList();
    if (!next.isEmpty()) {
      s.append(next.size() == 1 ? " Next comes " : " Next come ")
          .append(Phrases.list(next))
          .append('.');
    }
    return s.append(brokerRobustness(top, analysis.significance()))
        .append(SampleNotes.resamples(analysis))
        .toString();
  }

  /**
   * " It is the top broker in 97 of 100 resamples ..." — whether the main broker stays on top when
   * links are left out; nothing without resamples.
   */
  private static String brokerRobustness(CityMetrics top, Significance significance) {
    if (significance.resamples() == 0 || significance.brokers().isEmpty()) {
      return "";
    }
    Significance.Broker first = significance.brokers().get(0);
    if (!first.cityId().equals(top.city().id())) {
      return "";
    }
    int resamples = significance.resamples();
    String ranks =
        first.rank().low() == first.rank().high()
            ? "rank " + first.rank().low()
            : "rank " + first.rank().low() + "–" + first.rank().high();
    String how =
        String.format(
            Locale.UK,
            " %s is the top broker in %d of %d resamples with %s of the links left out at random"
                + " (%s in 90%% of them)",
            top.city().name(),
            first.timesFirst(),
            resamples,
            percent(significance.leftOutShare()),
            ranks);
    return how
        + (first.timesFirst() * 2 < resamples
            ? ": which city is the top broker depends on a few links, so the ranking at the top"
                + " is not robust."
            : ".");
  }

  private static String hub(NetworkFacts facts, NetworkSummary summary) {
    int most = facts.byDegree().get(0).degree();
    List<CityMetrics> tied = facts.byDegree().stream().takeWhile(c -> c.degree() == most).toList();
    String mean = String.format(Locale.UK, "%.1f", summary.meanDegree());
    String partners = count(most, "partner city", "partner cities");
    if (tied.size() == 1) {
      return city(tied.get(0))
          + " has the most partners: "
          + partners
          + ", against a mean of "
          + mean
          + " per city.";
    }
    if (tied.size() <= 3) {
      return Phrases.list(tied.stream().map(Phrases::city).toList())
          + " have the most partners: "
          + partners
          + " each, against a mean of "
          + mean
          + " per city.";
    }
    return count(tied.size())
        + " cities share the highest number of partners ("
        + most
        + " each), against a mean of "
        + mean
        + " per city.";
  }

  private static String clusters(NetworkAnalysis analysis) {
    List<Cluster> clusters = analysis.clusters();
    int n = analysis.cities().size();
    if (clusters.isEmpty()) {
      return "The clustering found no clusters.";
    }
    Cluster largest =
        clusters.stream()
            .max(Comparator.comparingInt(Cluster::size).thenComparing(c -> -c.id()))
            .orElseThrow();
    if (clusters.size() == 1) {
      return "Leiden clustering finds a single cluster of all "
          + count(n, "city", "cities")
          + ": the network has no clearly separate groups"
          + centre(largest, "; it")
          + ".";
    }
    long singles = clusters.stream().filter(c -> c.size() == 1).count();
    String s =
        String.format(
                Locale.UK,
                "Leiden clustering finds %s (modularity %.2f). The largest holds %s (%s of all)",
                count(clusters.size(), "cluster", "clusters"),
                analysis.summary().modularity(),
                count(largest.size(), "city", "cities"),
                percent(largest.size() / (double) n))
            + centre(largest, " and");
    if (singles > 0) {
      s +=
          "; "
              + count(singles)
              + (singles == 1 ? " cluster is a single city" : " are single cities");
    }
    return s
        + "."
        + againstRewired(analysis.summary().modularity(), analysis.significance())
        + SampleNotes.nullNetworks(analysis)
        + stability(analysis.summary().stability())
        + betweenClusters(analysis);
  }

  /**
   * Whether the clusters are more than the degrees give: the modularity against Leiden on
   * degree-preserving rewired networks, called real only when z ≥ {@value #SIGNIFICANT_Z}.
   */
  private static String againstRewired(double modularity, Significance significance) {
    NullComparison test = significance.modularity();
    if (test.samples() < 2 || Double.isNaN(test.nullMean())) {
      return "";
    }
    double z = test.z();
    String against =
        String.format(
            Locale.UK,
            "%s rewired networks with the same degrees reach %.2f ± %.3f",
            count(test.samples()),
            test.nullMean(),
            test.nullSd());
    if (z >= SIGNIFICANT_Z || (Double.isNaN(z) && modularity > test.nullMean())) {
      return String.format(
          Locale.UK,
          " The clusters are more than the degrees give: %s (z = %s).",
          against,
          Double.isNaN(z) ? "∞" : String.format(Locale.UK, "%.1f", z));
    }
    return String.format(
        Locale.UK,
        " But %s (z = %.1f): clusters this strong arise by chance in a network with these degrees,"
            + " so they are not evidence of groups.",
        against,
        z);
  }

  /** " 12 cities sit between clusters ..." — the cities of low cluster confidence. */
  private static String betweenClusters(NetworkAnalysis analysis) {
    long between = SignificanceSheet.betweenClusters(analysis).size();
    if (between == 0 || analysis.summary().stability().starts() < 2) {
      return "";
    }
    return String.format(
        Locale.UK,
        " %s between clusters (cluster confidence below %s; listed on the %s sheet).",
        between == 1 ? "One city sits" : count(between) + " cities sit",
        Significance.LOW_CONFIDENCE,
        SignificanceSheet.NAME);
  }

  /**
   * " The 10 random starts agree closely (...)." — how far the clusters can be trusted; nothing for
   * a single start.
   */
  private static String stability(ClusterStability stability) {
    if (stability.starts() < 2 || Double.isNaN(stability.meanAdjustedRandIndex())) {
      return "";
    }
    double ari = stability.meanAdjustedRandIndex();
    // Bands for the adjusted Rand index after Steinley (2004), Psychological Methods 9, 386.
    String agreement =
        ari >= 0.9
            ? "agree closely"
            : ari >= 0.8 ? "largely agree" : ari >= 0.65 ? "partly agree" : "disagree";
    return String.format(
        Locale.UK,
        " The %d random starts of the clustering %s (mean adjusted Rand index %.2f, normalised"
            + " mutual information %.2f)%s.",
        stability.starts(),
        agreement,
        ari,
        stability.meanNormalizedMutualInformation(),
        ari < 0.65 ? ": read individual cluster memberships with care" : "");
  }

  /** " and is centred on Europe (80% of its members)", or nothing when the region is unknown. */
  private static String centre(Cluster cluster, String joiner) {
    String region = cluster.dominantRegion();
    if (region.isEmpty() || region.equals(UNKNOWN_REGION)) {
      return "";
    }
    if (cluster.dominantRegionShare() >= 1) {
      return joiner + " lies entirely in " + Phrases.region(region);
    }
    return joiner
        + " is centred on "
        + Phrases.region(region)
        + " ("
        + percent(cluster.dominantRegionShare())
        + " of its members)";
  }

  private static String regions(NetworkAnalysis analysis, NetworkFacts facts) {
    double links = analysis.links().size();
    String s =
        percent(facts.linksWithinRegion() / links)
            + " of partnerships stay within one UN region and "
            + percent(facts.linksWithinCountry() / links)
            + " within one country.";
    RegionalMixingSummary region =
        analysis.regionalMixing().stream()
            .filter(m -> m.attribute().equals("region"))
            .findFirst()
            .orElse(null);
    if (region == null
        || !Double.isFinite(region.ratio())
        || Double.isNaN(region.assortativity())) {
      return s;
    }
    double se = analysis.significance().regionAssortativitySe();
    return s
        + String.format(
            Locale.UK,
            " Partners chosen regardless of region would give %s within one region; the observed"
                + " share is %.1f times that (assortativity r = %.2f%s, where 0 means no"
                + " preference for the own region).",
            percent(region.expectedWithinShare()),
            region.ratio(),
            region.assortativity(),
            Double.isNaN(se) ? "" : String.format(Locale.UK, " ± %.2f", se))
        + eiTest(analysis.significance().eiIndex());
  }

  /**
   * " Links stay within a region more than chance would give: E–I −0.42, p < 0.001 over 1,000
   * permutations." — or that they do not, when p ≥ {@value #SIGNIFICANT_P}.
   */
  private static String eiTest(NullComparison ei) {
    if (ei.samples() == 0 || Double.isNaN(ei.p())) {
      return "";
    }
    String figures =
        String.format(
            Locale.UK,
            "E–I %s against %s with the regions shuffled among the cities, %s over %s"
                + " permutations",
            Phrases.signed(ei.observed()),
            Phrases.signed(ei.nullMean()),
            pValue(ei.p()),
            count(ei.samples()));
    if (ei.p() < SIGNIFICANT_P) {
      return " Links stay within a region more than chance would give: " + figures + ".";
    }
    return " Links do not stay within a region more than chance would give: "
        + figures
        + ", so the regional pattern may be chance.";
  }

  /** "p < 0.001" or "p = 0.032". */
  private static String pValue(double p) {
    return p < 0.001 ? "p < 0.001" : String.format(Locale.UK, "p = %.3f", p);
  }

  /** How fast partnerships thin out with distance, or null without a fitted power law. */
  private static String distanceDecay(DistanceDecayCurve decay) {
    if (Double.isNaN(decay.exponent())) {
      return null;
    }
    double doubling = Math.pow(2, decay.exponent());
    String change =
        doubling < 1
            ? "cuts the chance of a partnership between two cities by " + percent(1 - doubling)
            : "raises the chance of a partnership between two cities by " + percent(doubling - 1);
    return "Partnerships per city pair scale as "
        + Phrases.powerLaw(decay)
        + ": doubling the distance "
        + change
        + ".";
  }

  private static String connectivity(NetworkSummary summary, NetworkFacts facts) {
    if (summary.components() <= 1) {
      return "All cities are connected: any city can reach any other through a chain of"
          + " partnerships.";
    }
    StringBuilder s =
        new StringBuilder("The largest connected group holds ")
            .append(percent(summary.largestComponentShare()))
            .append(" of the cities.");
    int isolated = facts.isolated();
    if (isolated > 0) {
      s.append(' ')
          .append(count(isolated, "city", "cities"))
          .append(" (")
          .append(percent(isolated / (double) summary.cities()))
          .append(isolated == 1 ? ") has" : ") have")
          .append(" no partnership in the data.");
    }
    int smallGroups = summary.components() - 1 - isolated;
    if (smallGroups > 0) {
      s.append(' ')
          .append(
              count(smallGroups, "smaller group of partners is", "smaller groups of partners are"))
          .append(" cut off from it.");
    }
    return s.toString();
  }

  private static String distances(NetworkFacts facts) {
    LinkMetrics longest = facts.longest().orElseThrow();
    return "Partnerships span a median of "
        + Phrases.km(facts.medianKm())
        + "; the longest joins "
        + cityOrId(facts, longest.partnership().source())
        + " and "
        + cityOrId(facts, longest.partnership().target())
        + ", "
        + Phrases.km(longest.lengthKm())
        + " apart.";
  }

  private static String cityOrId(NetworkFacts facts, String id) {
    CityMetrics city = facts.citiesById().get(id);
    return city == null ? id : city(city);
  }

  private static String whereCitiesAre(List<CityMetrics> cities) {
    Map<String, Long> byRegion =
        cities.stream()
            .collect(
                Collectors.groupingBy(
                    c -> c.region().isEmpty() ? UNKNOWN_REGION : c.region(),
                    TreeMap::new,
                    Collectors.counting()));
    if (byRegion.size() == 1) {
      String region = byRegion.keySet().iterator().next();
      return region.equals(UNKNOWN_REGION)
          ? "No city has a known UN region."
          : "All cities are in " + Phrases.region(region) + ".";
    }
    List<Map.Entry<String, Long>> top =
        byRegion.entrySet().stream()
            // Stable sort: equal counts stay in the TreeMap's alphabetical order.
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(3)
            .toList();
    List<String> rest =
        top.stream()
            .skip(1)
            .map(e -> percent(e.getValue() / (double) cities.size()) + " " + inRegion(e.getKey()))
            .toList();
    String first = percent(top.get(0).getValue() / (double) cities.size());
    return first.substring(0, 1).toUpperCase(Locale.ROOT)
        + first.substring(1)
        + " of the cities are "
        + inRegion(top.get(0).getKey())
        + ", "
        + Phrases.list(rest)
        + ".";
  }

  private static String inRegion(String region) {
    return region.equals(UNKNOWN_REGION) ? "in no known region" : "in " + Phrases.region(region);
  }
}

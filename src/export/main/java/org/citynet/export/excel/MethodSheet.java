package org.citynet.export.excel;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.citynet.export.schema.ClusterProfiles;
import org.citynet.model.NetworkSummary;
import org.citynet.model.RunInfo;
import org.citynet.model.Significance;

/**
 * The Method sheet: what each measure means, its exact definition and its source, then the
 * provenance of the run (tool version, command, input checksums, seed, data attribution).
 */
final class MethodSheet {
  static final String NAME = "Method";
  private static final int[] WIDTHS = {16, 44, 58, 46};
  private static final float LINE_POINTS = 13f;

  /**
   * One measure as the sheet explains it.
   *
   * @param name the field name used in every output
   * @param meaning what it says, in one plain sentence
   * @param definition how it is computed, exactly
   * @param reference where it comes from
   */
  record Measure(String name, String meaning, String definition, String reference) {}

  static final List<Measure> MEASURES =
      List.of(
          new Measure(
              "degree",
              "How many partner cities a city has.",
              "Number of distinct cities linked to the city; parallel link rows count once.",
              "Wasserman, S. & Faust, K. (1994). Social Network Analysis. Cambridge University"
                  + " Press, ch. 5."),
          new Measure(
              "strength",
              "How much partnership a city has, counting repeated or weighted links.",
              "Sum of the weights of the city's partnerships; a partnership's weight is the sum of"
                  + " its input rows' weights (1 each when none is given).",
              "Barrat, A. et al. (2004). The architecture of complex weighted networks. PNAS 101,"
                  + " 3747–3752."),
          new Measure(
              "betweenness",
              "How often a city is the bridge on the shortest way between two other cities: the"
                  + " brokers.",
              "Sum over pairs s, t of other cities of σst(v)/σst, where σst counts shortest paths"
                  + " (fewest partnerships) from s to t and σst(v) those through v; divided by"
                  + " (n−1)(n−2)/2, so it is a share of all pairs.",
              "Freeman, L. C. (1977). A set of measures of centrality based on betweenness."
                  + " Sociometry 40, 35–41. Brandes, U. (2001). A faster algorithm"
                  + " for betweenness centrality. J. Math. Sociol. 25, 163–177."),
          new Measure(
              "closeness",
              "How few steps a city needs to reach the cities it can reach.",
              "(r−1)/Σ d(v,u) over the r−1 cities u reachable from v, times (r−1)/(n−1) so that"
                  + " cities in small components do not score high (Wasserman-Faust correction).",
              "Wasserman, S. & Faust, K. (1994). Social Network Analysis. Cambridge University"
                  + " Press."),
          new Measure(
              "harmonic",
              "How close a city is to all others, counting unreachable cities as infinitely far.",
              "Σ 1/d(v,u) over all other cities u (1/∞ = 0), divided by n−1.",
              "Marchiori, M. & Latora, V. (2000). Harmony in the small-world. Physica A 285,"
                  + " 539–546."),
          new Measure(
              "pagerank",
              "How much attention a city would get from a walker following partnerships at random,"
                  + " weighted by link weight.",
              "Stationary distribution of a random walk that follows a link with probability 0.85"
                  + " (chosen in proportion to weight) and jumps to a random city otherwise; sums"
                  + " to 1 over all cities.",
              "Brin, S. & Page, L. (1998). The anatomy of a large-scale hypertextual web search"
                  + " engine. Computer Networks 30, 107–117."),
          new Measure(
              "eigenvector",
              "How well connected a city's partners are themselves.",
              "Entries of the leading eigenvector of the weighted adjacency matrix, scaled so the"
                  + " largest is 1.",
              "Bonacich, P. (1972). Factoring and weighting approaches to status scores and"
                  + " clique identification. J. Math. Sociol. 2, 113–120."),
          new Measure(
              "coreness",
              "How deep in the dense core of the network a city sits.",
              "Largest k such that the city belongs to the k-core, the largest subnetwork in"
                  + " which every city has at least k partners.",
              "Seidman, S. B. (1983). Network structure and minimum degree. Social Networks 5,"
                  + " 269–287. Batagelj, V. & Zaversnik, M."
                  + " (2003). An O(m) algorithm for cores decomposition of networks."
                  + " arXiv:cs/0310049."),
          new Measure(
              "clustering",
              "How often a city's partners are also partners of each other.",
              "2T/(k(k−1)), where k is the city's degree and T the number of links among its"
                  + " partners; 0 when k < 2. Unweighted.",
              "Watts, D. J. & Strogatz, S. H. (1998). Collective dynamics of 'small-world'"
                  + " networks. Nature 393, 440–442."),
          new Measure(
              "component",
              "Which connected group a city belongs to.",
              "Connected components of the network, numbered by size: 0 is the largest.",
              "Wasserman, S. & Faust, K. (1994). Social Network Analysis. Cambridge University"
                  + " Press."),
          new Measure(
              "cluster",
              "Which group of closely cooperating cities a city belongs to.",
              "Leiden algorithm maximising weighted modularity (--quality modularity, resolution"
                  + " γ from --resolution) or the Constant Potts Model (--quality cpm, γ a density"
                  + " threshold), best of --starts random starts from --seed; clusters numbered by"
                  + " size, 0 is the largest.",
              "Traag, V. A., Waltman, L. & van Eck, N. J. (2019). From Louvain to Leiden:"
                  + " guaranteeing well-connected communities. Scientific Reports 9, 5233."
                  + " Traag, V. A., Van Dooren, P. & Nesterov, Y. (2011). Narrow scope for"
                  + " resolution-limit-free community detection. Phys. Rev. E 84, 016114."),
          new Measure(
              "cluster stability",
              "Whether the clusters come out the same when the clustering starts from another"
                  + " random point: near 1, they are reproducible.",
              "Mean adjusted Rand index (ARI) and mean normalised mutual information (NMI,"
                  + " arithmetic normalisation) over all pairs of the random starts.",
              "Hubert, L. & Arabie, P. (1985). Comparing partitions. J. Classification 2,"
                  + " 193–218. Danon, L. et al. (2005). Comparing community structure"
                  + " identification. J. Stat. Mech. P09008."),
          new Measure(
              "within_cluster_z",
              "How much more a city is linked inside its own cluster than the cluster's other"
                  + " members: hubs have z ≥ 2.5.",
              "z = (κi − mean κ) / sd κ over the members of the city's cluster, κ counting partners"
                  + " in the own cluster (unweighted, population sd); 0 when all members have as"
                  + " many.",
              "Guimerà, R. & Amaral, L. A. N. (2005). Functional cartography of complex metabolic"
                  + " networks. Nature 433, 895–900."),
          new Measure(
              "participation",
              "How evenly a city's partners spread over the clusters: 0 all in one cluster, near 1"
                  + " spread over many.",
              "P = 1 − Σs (κs / k)², κs partners in cluster s, k all partners; 0 for a city"
                  + " without partners.",
              "Guimerà, R. & Amaral, L. A. N. (2005). Functional cartography of complex metabolic"
                  + " networks. Nature 433, 895–900."),
          new Measure(
              "role",
              "The part a city plays in the cluster structure, from peripheral members to hubs"
                  + " linking clusters (see the Roles sheet).",
              "Non-hubs (z < 2.5): R1 ultra-peripheral P ≤ 0.05, R2 peripheral P ≤ 0.62, R3"
                  + " connector P ≤ 0.80, R4 kinless above. Hubs (z ≥ 2.5): R5 provincial P ≤"
                  + " 0.30, R6 connector P ≤ 0.75, R7 kinless above. role_name holds the name.",
              "Guimerà, R. & Amaral, L. A. N. (2005). Functional cartography of complex metabolic"
                  + " networks. Nature 433, 895–900."),
          new Measure(
              "ei_index",
              "Whether a city's (or a cluster's) partnerships stay in its own UN region (−1) or"
                  + " reach other regions (+1).",
              "(E − I) / (E + I), E partnerships to cities of another region, I within the"
                  + " region; cities of unknown region count in neither. A cluster pools its"
                  + " members' partnerships. Regions, not countries: nearly every twinning crosses a"
                  + " border.",
              "Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises:"
                  + " an experimental simulation. Social Psychology Quarterly 51, 123–140."),
          new Measure(
              "cluster_confidence",
              "How firmly a city sits in its cluster: 1 when every random start of the clustering"
                  + " put it with the same cities; below "
                  + Significance.LOW_CONFIDENCE
                  + " it sits between clusters (Significance sheet).",
              "Mean over the Leiden starts of the Jaccard overlap |C ∩ D| / |C ∪ D| between the"
                  + " city's reported cluster C and its cluster D in that start.",
              "Lancichinetti, A. & Fortunato, S. (2012). Consensus clustering in complex"
                  + " networks. Scientific Reports 2, 336."),
          new Measure(
              "betweenness_rank",
              "How sure the top brokers' ranking is: the rank a top-50 city gets when 10% of the"
                  + " links are left out at random (empty outside the top 50).",
              "Over --resamples networks without a random 10% of the links, the median rank by"
                  + " betweenness (1 = highest), and the 5th and 95th percentiles as"
                  + " betweenness_rank_lo and betweenness_rank_hi.",
              "Borgatti, S. P., Carley, K. M. & Krackhardt, D. (2006). On the robustness of"
                  + " centrality measures under conditions of imperfect data. Social Networks 28,"
                  + " 124–136."),
          new Measure(
              "significance",
              "Which patterns chance would not give (Significance sheet).",
              "Assortativity ± Newman's jackknife standard error; the E–I index against region"
                  + " labels shuffled among the cities (--permutations, p one-sided towards"
                  + " homophily); modularity and average clustering as z-scores against"
                  + " degree-preserving rewired networks (10 swap attempts per link, Leiden with the"
                  + " same settings on each).",
              "Newman, M. E. J. (2003). Mixing patterns in networks. Phys. Rev. E 67, 026126."
                  + " Maslov, S. & Sneppen, K. (2002). Specificity and stability in topology of"
                  + " protein networks. Science 296, 910–913."),
          new Measure(
              "bridge_cities",
              "Which members of a cluster partner with cities in other clusters: the doors into"
                  + " other groups.",
              "For each member, the partnerships whose other city lies in another cluster; the"
                  + " members with most such partnerships (ties by betweenness), up to "
                  + ClusterProfiles.BRIDGES
                  + " per cluster, with the clusters their partners belong to.",
              "Burt, R. S. (2004). Structural holes and good ideas. American Journal of Sociology"
                  + " 110, 349–399."),
          new Measure(
              "modularity",
              "How much more the clusters are linked inside than a random network with the same"
                  + " degrees would be (0 = not at all; above 0.3 is clear structure).",
              "Q = (1/2m) Σij [wij − si sj/(2m)] δ(ci, cj), with wij link weights, si strengths and"
                  + " m the total weight.",
              "Newman, M. E. J. & Girvan, M. (2004). Finding and evaluating community structure"
                  + " in networks. Phys. Rev. E 69, 026113."),
          new Measure(
              "density",
              "How many of all possible partnerships exist.",
              "Links / (n(n−1)/2).",
              "Wasserman, S. & Faust, K. (1994). Social Network Analysis. Cambridge University"
                  + " Press."),
          new Measure(
              "length_km",
              "How far apart the two partner cities are.",
              "Geodesic distance between the cities on the WGS84 ellipsoid, in kilometres.",
              "Karney, C. F. F. (2013). Algorithms for geodesics. Journal of Geodesy 87, 43–55."),
          new Measure(
              "disparity_p",
              "Whether a partnership carries more of a city's weight than chance would give it:"
                  + " small values are the network's backbone (--backbone keeps those below α).",
              "For link (i, j) of weight w: αij = (1 − w/si)^(ki − 1), ki the city's partners and"
                  + " si its strength, 1 when ki = 1; disparity_p = min(αij, αji), computed on the"
                  + " whole network.",
              "Serrano, M. Á., Boguñá, M. & Vespignani, A. (2009). Extracting the multiscale"
                  + " backbone of complex weighted networks. PNAS 106, 6483–6488."),
          new Measure(
              "region",
              "Which world region a city's country belongs to.",
              "UN M49 region and sub-region of the city's country (ISO 3166-1 code).",
              "United Nations Statistics Division. Standard country or area codes for"
                  + " statistical use (M49)."),
          new Measure(
              "assortativity",
              "Whether partnerships stay within one region, sub-region or country more than"
                  + " chance would have them (Regions sheet).",
              "Observed share within one unit Σ e_uu against the share Σ a_u² expected when"
                  + " partners are drawn in proportion to their degree (configuration model); r ="
                  + " (Σ e_uu − Σ a_u²) / (1 − Σ a_u²); each partnership counted once, unweighted.",
              "Newman, M. E. J. (2003). Mixing patterns in networks. Phys. Rev. E 67, 026126."),
          new Measure(
              "distance decay",
              "How fast the chance that two cities are partners falls with the distance between"
                  + " them (Regions sheet).",
              "Partnerships / city pairs in distance bands from 10 km, 5 per factor of 10"
                  + " (great-circle distance); least-squares line of log rate on log band centre"
                  + " over bands with partnerships; 95% interval from Student's t.",
              "Expert, P., Evans, T. S., Blondel, V. D. & Lambiotte, R. (2011). Uncovering"
                  + " space-independent communities in spatial networks. PNAS 108, 7663–7668."),
          new Measure(
              "cluster_spatial",
              "Which group a city belongs to once the pull of distance and size is taken out:"
                  + " clusters of cities that partner more than their distance predicts.",
              "Leiden-style optimisation of modularity with the gravity null model Pij = Ni Nj"
                  + " f(dij), f the binned deterrence function estimated from the data and N"
                  + " strength or population (--importance); run when --null-model is gravity, or"
                  + " auto and the network is small enough. Empty when not computed.",
              "Expert, P., Evans, T. S., Blondel, V. D. & Lambiotte, R. (2011). Uncovering"
                  + " space-independent communities in spatial networks. PNAS 108, 7663–7668."));

  private MethodSheet() {}

  static void write(SXSSFSheet sheet, CellWriter cells, RunInfo run, NetworkSummary summary) {
    int totalWidth = 0;
    for (int c = 0; c < WIDTHS.length; c++) {
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
      totalWidth += WIDTHS[c];
    }
    sheet.setDisplayGridlines(false);
    Pages.fitToWidth(sheet, true);
    cells.text(sheet.createRow(0), 0, "Method and provenance", Look.TITLE);
    int r = 2;
    cells.text(sheet.createRow(r++), 0, "Measures", Look.HEADING);
    Row header = sheet.createRow(r++);
    List<String> names = List.of("Measure", "What it tells", "Definition", "Reference");
    for (int c = 0; c < names.size(); c++) {
      cells.text(header, c, names.get(c), Look.HEADER);
    }
    for (Measure m : MEASURES) {
      List<String> texts = List.of(m.name(), m.meaning(), m.definition(), m.reference());
      Row row = sheet.createRow(r++);
      int lines = 1;
      for (int c = 0; c < texts.size(); c++) {
        cells.text(row, c, texts.get(c), Look.WRAPPED);
        lines = Math.max(lines, CellWriter.wrappedLines(texts.get(c), WIDTHS[c]));
      }
      row.setHeightInPoints(lines * LINE_POINTS + 3);
    }

    r++;
    cells.text(sheet.createRow(r++), 0, "Provenance", Look.HEADING);
    int valueWidth = totalWidth - WIDTHS[0];
    r = fact(sheet, cells, r, "Study", run.name(), valueWidth);
    r = fact(sheet, cells, r, "Tool", "citynet " + run.toolVersion(), valueWidth);
    r = fact(sheet, cells, r, "Command", run.commandLine(), valueWidth);
    r =
        fact(
            sheet,
            cells,
            r,
            "Run started",
            DateTimeFormatter.ISO_INSTANT.format(run.startedAt()),
            valueWidth);
    for (var option : run.settings().asOptions().entrySet()) {
      r = fact(sheet, cells, r, "--" + option.getKey(), option.getValue(), valueWidth);
    }
    r =
        fact(
            sheet,
            cells,
            r,
            "Betweenness computed",
            summary.betweennessMethod().describe(),
            valueWidth);
    if (summary.backbone().isPresent()) {
      r = fact(sheet, cells, r, "Backbone", summary.backbone().get().describe(), valueWidth);
    }
    String zeroLength = summary.zeroLengthLinks().warning(run.settings().pathLength());
    if (!zeroLength.isEmpty()) {
      r = fact(sheet, cells, r, "Data check", zeroLength, valueWidth);
    }
    for (RunInfo.InputFile input : run.inputs()) {
      r =
          fact(
              sheet,
              cells,
              r,
              "Input file",
              input.path() + "\nSHA-256 " + input.sha256(),
              valueWidth);
    }
    for (String line : run.attribution()) {
      r = fact(sheet, cells, r, "Data attribution", line, valueWidth);
    }
  }

  /** A label and its value; the value spans the remaining columns and wraps. */
  private static int fact(
      SXSSFSheet sheet, CellWriter cells, int r, String label, String value, int width) {
    Row row = sheet.createRow(r);
    cells.text(row, 0, label, Look.HEADER);
    cells.text(row, 1, value, Look.WRAPPED);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 1, WIDTHS.length - 1));
    row.setHeightInPoints(CellWriter.wrappedLines(value, width) * LINE_POINTS + 3);
    return r + 1;
  }
}

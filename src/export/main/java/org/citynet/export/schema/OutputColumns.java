package org.citynet.export.schema;

import static org.citynet.export.schema.OutputColumn.bool;
import static org.citynet.export.schema.OutputColumn.integer;
import static org.citynet.export.schema.OutputColumn.object;
import static org.citynet.export.schema.OutputColumn.real;
import static org.citynet.export.schema.OutputColumn.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.Backbone;
import org.citynet.model.CityMetrics;
import org.citynet.model.Cluster;
import org.citynet.model.ClusterEvent;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.NetworkSummary;
import org.citynet.model.Partnership;
import org.citynet.model.PeriodAnalysis;
import org.citynet.model.RegionalMixingSummary;
import org.citynet.model.RunInfo;
import org.citynet.model.Significance;

/**
 * Every output column, table by table, and every key of the run summary: the one definition the
 * writers and {@code docs/outputs.md} follow.
 *
 * <p>Tables: {@link #cities(NetworkAnalysis) cities}, {@link #links(NetworkAnalysis) links}, {@link
 * #clusters(NetworkAnalysis) clusters}, {@link #regions() regions}, {@link #countries() countries};
 * the graph formats' {@link #provenance() provenance}; the run {@link #summary() summary}. The
 * GeoPackage, the workbook and the CSV, GraphML, GEXF and GeoJSON exports write each table's
 * columns in this order (GraphML and GEXF put a city's {@code id} and a link's {@code source} and
 * {@code target} in their structural places, GEXF its {@code weight} too).
 *
 * <p>The input's extra city columns follow the measures in the cities table. One whose non-empty
 * values are all plain decimal numbers is {@link ColumnType#REAL} (an empty value is then missing),
 * any other is {@link ColumnType#TEXT} and kept verbatim. An extra column's name is made unique
 * (ignoring case, as SQLite and Excel compare names) among the built-in columns and the reserved
 * names {@code fid, geom, label}: an empty name becomes {@code extra_<n>} (n counting the extra
 * columns from 1), and {@code _input} is appended while it clashes; a NUL character, which SQLite
 * cannot hold in a name, becomes U+FFFD.
 */
public final class OutputColumns {
  /** Plain decimal numbers only: not Java's hex, {@code 1d} or {@code NaN} forms. */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  /** Names no extra column may take: the GeoPackage's key and geometry, GEXF's node label. */
  private static final Set<String> RESERVED = Set.of("fid", "geom", "label");

  private static final String CLASHING_SUFFIX = "_input";

  /** The summary and provenance entry that names the program and its version. */
  public static final String CREATOR = "citynet_creator";

  private static final List<OutputColumn<CityMetrics>> CITY_COLUMNS =
      List.of(
          text("id", "the city's identifier in the input", m -> m.city().id()),
          text("name", "the city's name", m -> m.city().name()),
          text("country", "ISO 3166-1 alpha-2 country code", m -> m.city().country()),
          text("region", "UN M49 region of the country; empty when unknown", CityMetrics::region),
          text("subregion", "UN M49 sub-region; empty when unknown", CityMetrics::subregion),
          real("lat", "degrees", "WGS84 latitude", m -> m.city().lat()),
          real("lon", "degrees", "WGS84 longitude", m -> m.city().lon()),
          integer(
              "population",
              "inhabitants",
              "population from the input; empty when not given",
              m -> m.city().population().isPresent() ? m.city().population().getAsLong() : null),
          integer("degree", "", "number of distinct partner cities", m -> m.degree()),
          real("strength", "", "sum of the weights of the city's partnerships", m -> m.strength()),
          real(
              "betweenness",
              "",
              "share of shortest paths between other cities that pass through the city",
              CityMetrics::betweenness),
          real(
              "closeness",
              "",
              "inverse mean distance to reachable cities, scaled by the share reachable"
                  + " (Wasserman-Faust)",
              CityMetrics::closeness),
          real("harmonic", "", "mean inverse distance to all other cities", CityMetrics::harmonic),
          real(
              "pagerank",
              "",
              "weighted PageRank, damping 0.85, summing to 1 over all cities",
              CityMetrics::pagerank),
          real(
              "eigenvector",
              "",
              "weighted eigenvector centrality, largest = 1",
              CityMetrics::eigenvector),
          integer(
              "coreness", "", "largest k such that the city is in the k-core", m -> m.coreness()),
          real(
              "clustering",
              "",
              "share of the city's partner pairs that are partners themselves",
              CityMetrics::clustering),
          integer("component", "", "connected component, 0 = largest", m -> m.component()),
          integer("cluster", "", "Leiden cluster, 0 = largest", m -> m.cluster()),
          real(
              "within_cluster_z",
              "standard deviations",
              "z-score of the city's partners in its own cluster among the cluster's members"
                  + " (Guimerà-Amaral)",
              CityMetrics::withinClusterZ),
          real(
              "participation",
              "",
              "participation coefficient: 0 all partners in one cluster, near 1 spread over many",
              CityMetrics::participation),
          text("role", "Guimerà-Amaral role code, R1 to R7", m -> m.role().code()),
          text("role_name", "the role's name, e.g. connector hub", m -> m.role().label()),
          real(
              "ei_index",
              "",
              "E-I index by UN region of the city's partnerships: -1 all within its region, +1"
                  + " all elsewhere; empty when regions are unknown",
              CityMetrics::eiIndex),
          integer(
              "cluster_spatial",
              "",
              "cluster under the gravity null model, 0 = largest; empty when not computed",
              m -> m.clusterSpatial() == CityMetrics.NOT_COMPUTED ? null : m.clusterSpatial()),
          integer(
              "betweenness_rank",
              "",
              "median betweenness rank over networks with 10% of the links left out, 1 = top;"
                  + " empty outside the top 50 or when not resampled",
              m -> rank(m, m.betweennessRank().median())),
          integer(
              "betweenness_rank_lo",
              "",
              "best rank of the 95% interval over those resamples; empty like betweenness_rank",
              m -> rank(m, m.betweennessRank().low())),
          integer(
              "betweenness_rank_hi",
              "",
              "worst rank of the 95% interval over those resamples; empty like betweenness_rank",
              m -> rank(m, m.betweennessRank().high())),
          real(
              "cluster_confidence",
              "",
              "mean Jaccard overlap between the city's cluster and its cluster in each Leiden"
                  + " start: 1 always together with the same cities",
              CityMetrics::clusterConfidence));

  /** A top broker's rank; empty for the other cities. */
  private static Integer rank(CityMetrics m, int rank) {
    return m.betweennessRank().isRanked() ? rank : null;
  }

  private OutputColumns() {}

  /**
   * The cities table's columns that do not depend on the input: every one but the extra columns,
   * which follow them.
   */
  public static List<OutputColumn<CityMetrics>> citiesWithoutExtras() {
    return CITY_COLUMNS;
  }

  /** The cities table: the measures, then the input's extra columns. */
  public static List<OutputColumn<CityMetrics>> cities(NetworkAnalysis analysis) {
    List<OutputColumn<CityMetrics>> columns = new ArrayList<>(CITY_COLUMNS);
    List<String> names = extraColumnNames(analysis.cityExtraColumns());
    for (int i = 0; i < names.size(); i++) {
      int index = i;
      Function<CityMetrics, String> raw =
          m -> index < m.city().extras().size() ? m.city().extras().get(index) : "";
      String meaning = "the input's column " + quoted(analysis.cityExtraColumns().get(i));
      if (isNumeric(analysis.cities(), raw)) {
        columns.add(
            real(
                names.get(i),
                "",
                meaning,
                m ->
                    raw.apply(m).isBlank()
                        ? Double.NaN
                        : Double.parseDouble(raw.apply(m).strip())));
      } else {
        columns.add(text(names.get(i), meaning, raw));
      }
    }
    return List.copyOf(columns);
  }

  /**
   * The links table, one row per partnership (input rows between the same two cities merged).
   *
   * @throws IllegalArgumentException if a link names a city the analysis does not have
   */
  public static List<OutputColumn<LinkMetrics>> links(NetworkAnalysis analysis) {
    Map<String, CityMetrics> byId = citiesById(analysis);
    Function<LinkMetrics, CityMetrics> source = l -> byId.get(l.partnership().source());
    Function<LinkMetrics, CityMetrics> target = l -> byId.get(l.partnership().target());
    return List.of(
        text("source", "id of one city", l -> l.partnership().source()),
        text("target", "id of the other city", l -> l.partnership().target()),
        text("source_name", "name of the source city", l -> source.apply(l).city().name()),
        text("target_name", "name of the target city", l -> target.apply(l).city().name()),
        real(
            "weight",
            "",
            "the partnership's weight: the merged input rows' weights summed",
            l -> l.partnership().weight()),
        integer(
            "links",
            "",
            "input link rows merged into the partnership",
            l -> l.partnership().links()),
        text(
            "types",
            "the rows' link types, \"; \"-separated",
            l -> String.join("; ", l.partnership().types())),
        real(
            "length_km",
            "km",
            "geodesic distance between the two cities on the WGS84 ellipsoid",
            LinkMetrics::lengthKm),
        bool("same_country", "both cities in the same country", LinkMetrics::sameCountry),
        bool(
            "same_region",
            "both cities in the same UN M49 region (false when a region is unknown)",
            LinkMetrics::sameRegion),
        integer(
            "cluster",
            "",
            "the Leiden cluster both cities belong to; empty when they are in different clusters",
            l -> {
              int a = source.apply(l).cluster();
              return a == target.apply(l).cluster() ? a : null;
            }),
        real(
            "disparity_p",
            "",
            "disparity-filter significance (Serrano et al. 2009): small = the link carries more of"
                + " a city's weight than chance; --backbone keeps those below its level",
            LinkMetrics::disparityP));
  }

  /**
   * The clusters table, one row per Leiden cluster. The member lists are made when the first is
   * asked for, so the columns alone cost nothing.
   */
  public static List<OutputColumn<Cluster>> clusters(NetworkAnalysis analysis) {
    Lazy<Map<Integer, ClusterProfiles.Profile>> profiles =
        new Lazy<>(() -> ClusterProfiles.of(analysis));
    return List.of(
        integer("cluster", "", "cluster number, 0 = largest", Cluster::id),
        text(
            "dominant_region", "the UN M49 region most members belong to", Cluster::dominantRegion),
        real(
            "dominant_region_share",
            "",
            "share of members in the dominant region",
            Cluster::dominantRegionShare),
        integer("size", "", "number of member cities", Cluster::size),
        integer(
            "internal_links",
            "",
            "partnerships with both cities in the cluster",
            Cluster::internalLinks),
        integer(
            "external_links",
            "",
            "partnerships with one city in the cluster",
            Cluster::externalLinks),
        real(
            "ei_index",
            "",
            "E-I index by UN region of the members' partnerships: -1 all within the members'"
                + " regions, +1 all across",
            Cluster::eiIndex),
        text(
            "regions",
            "members per UN region, most first",
            c -> ClusterProfiles.regions(profiles.get().get(c.id()))),
        text(
            "members",
            "the leading members by betweenness, then how many more",
            c -> ClusterProfiles.members(profiles.get().get(c.id()))),
        text(
            "bridge_cities",
            "members with the most partnerships into other clusters, one per line",
            c -> ClusterProfiles.bridges(profiles.get().get(c.id()))));
  }

  /** The regions table (GeoPackage only): UN M49 regions with their cities and partnerships. */
  public static List<OutputColumn<RegionFigures>> regions() {
    return List.of(
        text("region", "UN M49 region", RegionFigures::region),
        integer("cities", "", "cities in the region", RegionFigures::cities),
        integer(
            "internal_links",
            "",
            "partnerships with both cities in the region",
            RegionFigures::internalLinks),
        integer(
            "external_links",
            "",
            "partnerships with one city in the region",
            RegionFigures::externalLinks));
  }

  /**
   * The countries table (GeoPackage only): Natural Earth countries with the network per country.
   */
  public static List<OutputColumn<CountryFigures>> countries() {
    return List.of(
        text("adm0_a3", "Natural Earth's country code, the join key", f -> f.country().adm0A3()),
        text(
            "iso_a2",
            "ISO 3166-1 alpha-2 code the cities join on; empty when none",
            f -> f.country().isoA2()),
        text("name", "the country's name", f -> f.country().name()),
        text("region", "UN M49 region; empty when none", CountryFigures::region),
        text("subregion", "UN M49 sub-region; empty when none", CountryFigures::subregion),
        integer("cities", "", "cities in the country", CountryFigures::cities),
        integer(
            "links",
            "",
            "partnerships with at least one city in the country",
            CountryFigures::links),
        integer(
            "links_abroad",
            "",
            "of those, the ones with the other city abroad",
            CountryFigures::linksAbroad),
        real("strength", "", "summed strength of the country's cities", CountryFigures::strength));
  }

  /**
   * The run's provenance as graph-level attributes of GraphML and GEXF: study, creator, command
   * line, start, settings, attribution. Names start with {@code citynet_} to stay apart from the
   * city attributes (GraphML keys share one name space).
   */
  public static List<OutputColumn<RunInfo>> provenance() {
    return List.of(
        text("citynet_study", "the study name (output file stem)", RunInfo::name),
        text(CREATOR, "the program and its version", OutputColumns::creator),
        text("citynet_command_line", "the arguments as given", RunInfo::commandLine),
        text(
            "citynet_started_at",
            "when the run started, ISO 8601 UTC",
            run -> run.startedAt().toString()),
        text(
            "citynet_settings",
            "the analysis settings, option=value",
            run -> run.settings().asOptions().toString()),
        text(
            "citynet_attribution",
            "data licence and attribution lines, \" | \"-separated",
            run -> String.join(" | ", run.attribution())));
  }

  /** The program that wrote the files: {@code citynet} and its version. */
  public static String creator(RunInfo run) {
    return "citynet " + run.toolVersion();
  }

  /**
   * The keys of {@code NAME-summary.json}, in order: the run's provenance, then every network-level
   * figure.
   */
  public static List<OutputColumn<FinishedRun>> summary() {
    return List.of(
        text("name", "the study name (output file stem)", r -> r.analysis().run().name()),
        text("version", "citynet's version", r -> r.analysis().run().toolVersion()),
        text(
            "started_at",
            "when the run started, ISO 8601 UTC",
            r -> r.analysis().run().startedAt().toString()),
        text("command_line", "the arguments as given", r -> r.analysis().run().commandLine()),
        integer("seed", "", "seed of every random choice", r -> settingsOf(r).seed()),
        object(
            "settings",
            "",
            "every analysis setting, named like its command-line option",
            r -> new LinkedHashMap<>(settingsOf(r).asOptions())),
        object(
            "input_checksums",
            "",
            "each input file's SHA-256, lower-case hex",
            OutputColumns::checksums),
        object(
            "stage_timings",
            "s",
            "wall-clock seconds of each stage of the run, and of each significance test within the"
                + " measuring; the writers run at once, so the workbook's time includes its wait for"
                + " the map it embeds",
            FinishedRun::stageSeconds),
        integer("cities", "", "number of cities, isolated ones included", r -> s(r).cities()),
        integer("links", "", "number of partnerships (merged links)", r -> s(r).links()),
        integer(
            "link_rows",
            "",
            "input link rows that became part of a partnership",
            r -> s(r).linkRows()),
        integer("components", "", "number of connected components", r -> s(r).components()),
        real(
            "largest_component_share",
            "",
            "share of cities in the largest component",
            r -> s(r).largestComponentShare()),
        integer(
            "isolated_cities",
            "",
            "cities without partners",
            r -> r.analysis().cities().stream().filter(c -> c.degree() == 0).count()),
        real("density", "", "links / (n(n-1)/2)", r -> s(r).density()),
        real("mean_degree", "", "mean number of partners, 2 links / n", r -> s(r).meanDegree()),
        real(
            "degree_assortativity",
            "",
            "Newman's degree assortativity of the unweighted graph (NetworkX's"
                + " degree_assortativity_coefficient)",
            r -> s(r).degreeAssortativity()),
        real(
            "degree_assortativity_se",
            "",
            "jackknife standard error of degree_assortativity (Newman 2003)",
            r -> sig(r).degreeAssortativitySe()),
        integer("clusters", "", "number of Leiden clusters", r -> s(r).clusters()),
        real(
            "modularity",
            "",
            "Newman-Girvan weighted modularity of the Leiden clusters",
            r -> s(r).modularity()),
        text(
            "quality",
            "the function the clustering maximised: modularity or cpm",
            r -> AnalysisSettings.name(s(r).quality())),
        real(
            "quality_score",
            "",
            "that function's value for the clusters",
            r -> s(r).qualityScore()),
        integer(
            "starts",
            "",
            "random starts of the clustering compared",
            r -> s(r).stability().starts()),
        real(
            "ari",
            "",
            "mean adjusted Rand index between the starts' partitions",
            r -> s(r).stability().meanAdjustedRandIndex()),
        real(
            "ari_min",
            "",
            "lowest adjusted Rand index between two starts",
            r -> s(r).stability().minAdjustedRandIndex()),
        real(
            "nmi",
            "",
            "mean normalised mutual information between the starts' partitions",
            r -> s(r).stability().meanNormalizedMutualInformation()),
        integer(
            "spatial_clusters",
            "",
            "clusters under the gravity null model; empty when not computed",
            r -> s(r).hasSpatialClusters() ? s(r).spatialClusters() : null),
        real(
            "spatial_modularity",
            "",
            "modularity of those clusters under the gravity null model",
            r -> s(r).spatialModularity()),
        real(
            "partition_nmi",
            "",
            "normalised mutual information between the Leiden and the gravity clusters",
            r -> s(r).partitionNmi()),
        real(
            "same_region_share",
            "",
            "share of partnerships (with known regions) within one UN region",
            r -> mixing(r, "region").map(RegionalMixingSummary::withinShare).orElse(Double.NaN)),
        real(
            "expected_same_region_share",
            "",
            "that share expected from the cities' numbers of partners alone",
            r ->
                mixing(r, "region")
                    .map(RegionalMixingSummary::expectedWithinShare)
                    .orElse(Double.NaN)),
        real(
            "region_assortativity",
            "",
            "Newman's attribute assortativity by UN region",
            r -> mixing(r, "region").map(RegionalMixingSummary::assortativity).orElse(Double.NaN)),
        real(
            "region_assortativity_se",
            "",
            "jackknife standard error of region_assortativity (Newman 2003)",
            r -> sig(r).regionAssortativitySe()),
        real(
            "subregion_assortativity",
            "",
            "Newman's attribute assortativity by UN sub-region",
            r ->
                mixing(r, "subregion")
                    .map(RegionalMixingSummary::assortativity)
                    .orElse(Double.NaN)),
        real(
            "same_country_share",
            "",
            "share of partnerships within one country",
            r -> mixing(r, "country").map(RegionalMixingSummary::withinShare).orElse(Double.NaN)),
        real(
            "country_assortativity",
            "",
            "Newman's attribute assortativity by country",
            r -> mixing(r, "country").map(RegionalMixingSummary::assortativity).orElse(Double.NaN)),
        real(
            "distance_decay_exponent",
            "",
            "slope of partnerships per city pair against distance on log-log axes",
            r -> r.analysis().distanceDecay().exponent()),
        real(
            "distance_decay_lower95",
            "",
            "lower end of the slope's 95% confidence interval",
            r -> r.analysis().distanceDecay().lower95()),
        real(
            "distance_decay_upper95",
            "",
            "upper end of the slope's 95% confidence interval",
            r -> r.analysis().distanceDecay().upper95()),
        text(
            "betweenness_method",
            "how betweenness was computed: exact or approx",
            r -> AnalysisSettings.name(s(r).betweennessMethod().mode())),
        real(
            "ei_index",
            "",
            "E-I index by UN region over the links with both regions known: -1 all within, +1"
                + " all between",
            r -> sig(r).eiIndex().observed()),
        real(
            "ei_p",
            "",
            "share of region shuffles among the cities with an E-I index at most as high"
                + " (one-sided towards homophily); empty when not tested",
            r -> sig(r).eiIndex().p()),
        real(
            "ei_null_mean",
            "",
            "mean E-I index over the region shuffles",
            r -> sig(r).eiIndex().nullMean()),
        real(
            "ei_null_sd",
            "",
            "standard deviation of the E-I index over the region shuffles",
            r -> sig(r).eiIndex().nullSd()),
        integer(
            "permutations",
            "",
            "region shuffles of the E-I test; 0 when not run",
            r -> sig(r).eiIndex().samples()),
        real(
            "modularity_z",
            "standard deviations",
            "modularity against Leiden on degree-preserving rewired networks, as a z-score",
            r -> sig(r).modularity().z()),
        real(
            "modularity_p",
            "",
            "share of rewired networks whose modularity is at least as high",
            r -> sig(r).modularity().p()),
        real(
            "modularity_null_mean",
            "",
            "mean modularity of the rewired networks",
            r -> sig(r).modularity().nullMean()),
        real(
            "modularity_null_sd",
            "",
            "standard deviation of the modularity of the rewired networks",
            r -> sig(r).modularity().nullSd()),
        real(
            "average_clustering",
            "",
            "mean local clustering coefficient, 0 below degree 2; empty when not tested",
            r -> sig(r).clustering().observed()),
        real(
            "clustering_z",
            "standard deviations",
            "average_clustering against the rewired networks, as a z-score",
            r -> sig(r).clustering().z()),
        real(
            "clustering_p",
            "",
            "share of rewired networks whose average clustering is at least as high",
            r -> sig(r).clustering().p()),
        real(
            "clustering_null_mean",
            "",
            "mean average clustering of the rewired networks",
            r -> sig(r).clustering().nullMean()),
        real(
            "clustering_null_sd",
            "",
            "standard deviation of the average clustering of the rewired networks",
            r -> sig(r).clustering().nullSd()),
        integer(
            "null_networks",
            "",
            "degree-preserving rewired networks compared with; 0 when not run",
            r -> sig(r).nullNetworks()),
        integer(
            "resamples",
            "",
            "networks with left_out_share of the links left out that the top brokers were ranked"
                + " on; 0 when not run",
            r -> sig(r).resamples()),
        real(
            "left_out_share",
            "",
            "share of the links left out of each resample",
            r -> sig(r).leftOutShare()),
        text(
            "samples_note",
            "when auto drew fewer null networks or resamples than its most (a large network): how"
                + " many, and that fewer samples mean rougher z-scores and wider rank intervals;"
                + " or that its CPU budget did not buy the fewest it draws, so the test was left out;"
                + " empty otherwise",
            r -> SampleNotes.both(r.analysis())),
        real(
            "backbone_alpha",
            "",
            "the --backbone level: only links with disparity_p below it were analysed; empty for"
                + " the whole network",
            r -> s(r).backbone().map(Backbone::alpha).orElse(Double.NaN)),
        integer(
            "backbone_links_total",
            "",
            "links of the whole network before the backbone cut (links holds those kept); empty"
                + " without --backbone",
            r -> s(r).backbone().map(Backbone::linksTotal).orElse(null)),
        integer(
            "backbone_cities_with_links",
            "",
            "cities that keep at least one link in the backbone (the others stay as isolates);"
                + " empty without --backbone",
            r -> s(r).backbone().map(Backbone::citiesKept).orElse(null)),
        integer(
            "zero_km_links",
            "",
            "links of 0 km between two different cities: geocoding errors (namesakes on one"
                + " point)",
            r -> s(r).zeroLengthLinks().count()),
        text(
            "zero_km_link_examples",
            "up to five of them, as 'Name (CC) – Name (CC)', separated by '; '",
            r -> String.join("; ", s(r).zeroLengthLinks().examples())),
        new OutputColumn<>(
            "periods",
            ColumnType.OBJECT,
            "",
            "one object per period's snapshot with its period, cities, links, components,"
                + " modularity and same_region_share (see the periods table); empty without years",
            OutputColumns::periodFigures));
  }

  /** The keys of each period in the summary's {@code periods}. */
  private static final List<String> SUMMARY_PERIOD_KEYS =
      List.of("period", "cities", "links", "components", "modularity", "same_region_share");

  private static List<Map<String, Object>> periodFigures(FinishedRun run) {
    List<OutputColumn<PeriodAnalysis>> columns =
        periods(run.analysis()).stream()
            .filter(c -> SUMMARY_PERIOD_KEYS.contains(c.name()))
            .toList();
    List<Map<String, Object>> periods = new ArrayList<>();
    for (PeriodAnalysis p : run.analysis().time().periods()) {
      Map<String, Object> figures = new LinkedHashMap<>();
      columns.forEach(c -> figures.put(c.name(), c.valueOf(p)));
      periods.add(figures);
    }
    return periods;
  }

  /**
   * Every table, by its name in {@code docs/outputs.md}: cities (with {@code analysis}' extra
   * columns), links, clusters, regions, countries, periods, city periods, cluster events,
   * provenance, summary.
   */
  public static Map<String, List<? extends OutputColumn<?>>> tables(NetworkAnalysis analysis) {
    Map<String, List<? extends OutputColumn<?>>> tables = new LinkedHashMap<>();
    tables.put("cities", cities(analysis));
    tables.put("links", links(analysis));
    tables.put("clusters", clusters(analysis));
    tables.put("regions", regions());
    tables.put("countries", countries());
    tables.put("periods", periods(analysis));
    tables.put("city_periods", cityPeriods());
    tables.put("cluster_events", clusterEvents());
    tables.put("provenance", provenance());
    tables.put("summary", summary());
    return tables;
  }

  /**
   * The network over time, one row per period's snapshot (when the input has years): its figures
   * and its main brokers.
   */
  public static List<OutputColumn<PeriodAnalysis>> periods(NetworkAnalysis analysis) {
    Map<String, CityMetrics> byId = citiesById(analysis);
    return List.of(
        text("period", "the years of the snapshot, first-last", p -> p.period().label()),
        integer(
            "cities", "", "cities with a link or membership active in the period", p -> p.cities()),
        integer("links", "", "partnerships active in the period", p -> p.links()),
        integer("components", "", "connected components of the snapshot", p -> p.components()),
        real(
            "largest_component_share",
            "",
            "share of the snapshot's cities in its largest component",
            PeriodAnalysis::largestComponentShare),
        integer("clusters", "", "Leiden clusters of the snapshot", p -> p.clusters()),
        real(
            "modularity",
            "",
            "Newman-Girvan weighted modularity of the snapshot's clusters",
            PeriodAnalysis::modularity),
        real(
            "same_region_share",
            "",
            "share of the snapshot's links joining two cities of one UN M49 region",
            PeriodAnalysis::sameRegionShare),
        text(
            "top_brokers",
            "the three cities of highest betweenness in the snapshot, \", \"-separated",
            p ->
                String.join(
                    ", ",
                    p.topBrokers(3).stream()
                        .map(c -> byId.get(c.id()).city())
                        .map(c -> c.name() + " (" + c.country() + ")")
                        .toList())));
  }

  /**
   * Each city's measures in each period's snapshot (when the input has years), to join to the
   * cities on {@code id}; definitions as in the cities table, computed on the snapshot alone.
   */
  public static List<OutputColumn<CityPeriod>> cityPeriods() {
    return List.of(
        text("id", "the city's identifier, as in the cities table", r -> r.city().id()),
        text("period", "the years of the snapshot, first-last", r -> r.period().period().label()),
        integer("degree", "", "partner cities active in the period", r -> r.city().degree()),
        real("strength", "", "sum of the weights of those partnerships", r -> r.city().strength()),
        real(
            "betweenness",
            "",
            "share of shortest paths between other cities of the snapshot through this one",
            r -> r.city().betweenness()),
        integer(
            "cluster",
            "",
            "the city's Leiden cluster in the snapshot, 0 = largest",
            r -> r.city().cluster()));
  }

  /**
   * What happened to the clusters from one period to the next (Greene, Doyle and Cunningham 2010).
   */
  public static List<OutputColumn<ClusterEvent>> clusterEvents() {
    return List.of(
        text(
            "period",
            "the later period (the first period for its clusters' appear)",
            e -> e.period().label()),
        text(
            "event",
            "continue, grow, shrink, merge, split, appear or vanish",
            e -> e.kind().label()),
        text(
            "clusters_before",
            "the earlier period's matched clusters, \", \"-separated",
            e -> ids(e.before())),
        text(
            "clusters_after",
            "the later period's matched clusters, \", \"-separated",
            e -> ids(e.after())),
        integer("cities_before", "", "cities of the clusters before", e -> e.citiesBefore()),
        integer("cities_after", "", "cities of the clusters after", e -> e.citiesAfter()),
        real(
            "jaccard",
            "",
            "Jaccard overlap of the matched clusters' cities; 0 for appear and vanish",
            ClusterEvent::jaccard));
  }

  private static String ids(List<Integer> clusters) {
    return String.join(", ", clusters.stream().map(String::valueOf).toList());
  }

  /** The column of {@code columns} named {@code name}. */
  public static <T> int indexOf(List<OutputColumn<T>> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + name);
  }

  /**
   * The cities by id.
   *
   * @throws IllegalArgumentException if a link names a city the analysis does not have
   */
  public static Map<String, CityMetrics> citiesById(NetworkAnalysis analysis) {
    Map<String, CityMetrics> byId = new HashMap<>();
    analysis.cities().forEach(m -> byId.put(m.city().id(), m));
    for (LinkMetrics link : analysis.links()) {
      Partnership p = link.partnership();
      for (String id : List.of(p.source(), p.target())) {
        if (!byId.containsKey(id)) {
          throw new IllegalArgumentException(
              "link " + p.source() + " – " + p.target() + " names unknown city " + id);
        }
      }
    }
    return byId;
  }

  /** The names the input's extra columns get in every output (see the class comment). */
  static List<String> extraColumnNames(List<String> input) {
    Set<String> taken = new HashSet<>();
    RESERVED.forEach(taken::add);
    CITY_COLUMNS.forEach(c -> taken.add(key(c.name())));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < input.size(); i++) {
      String name = input.get(i).replace('\0', '\uFFFD');
      if (name.isBlank()) {
        name = "extra_" + (i + 1);
      }
      while (!taken.add(key(name))) {
        name += CLASHING_SUFFIX;
      }
      names.add(name);
    }
    return names;
  }

  private static boolean isNumeric(List<CityMetrics> cities, Function<CityMetrics, String> raw) {
    boolean any = false;
    for (CityMetrics m : cities) {
      String text = raw.apply(m).strip();
      if (text.isEmpty()) {
        continue;
      }
      if (!DECIMAL.matcher(text).matches()) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static String quoted(String name) {
    return "\"" + name + "\"";
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static Significance sig(FinishedRun run) {
    return run.analysis().significance();
  }

  private static NetworkSummary s(FinishedRun run) {
    return run.analysis().summary();
  }

  private static org.citynet.model.AnalysisSettings settingsOf(FinishedRun run) {
    return run.analysis().run().settings();
  }

  private static Map<String, ?> checksums(FinishedRun run) {
    Map<String, String> sums = new LinkedHashMap<>();
    run.analysis().run().inputs().forEach(f -> sums.put(f.path(), f.sha256()));
    return sums;
  }

  private static Optional<RegionalMixingSummary> mixing(FinishedRun run, String attribute) {
    return run.analysis().regionalMixing().stream()
        .filter(m -> m.attribute().equals(attribute))
        .findFirst();
  }

  /** A value made once, on first use, by whichever thread asks first. */
  private static final class Lazy<V> {
    private final Supplier<V> make;
    private V value;

    Lazy(Supplier<V> make) {
      this.make = make;
    }

    synchronized V get() {
      if (value == null) {
        value = make.get();
      }
      return value;
    }
  }
}

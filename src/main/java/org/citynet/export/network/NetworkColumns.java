package org.citynet.export.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.citynet.export.network.Column.Type;
import org.citynet.model.CityMetrics;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.RunInfo;

/**
 * The columns of the network exports: every {@link CityMetrics} field and every {@link LinkMetrics}
 * field, under the names the GeoPackage and the README use.
 *
 * <p>A city's key ({@code id}) and a link's ends and weight ({@code source}, {@code target}, {@code
 * weight}) are not among these attributes: each format writes them in its own structural place (a
 * GraphML node id, a GEXF edge weight, the first CSV columns). The input's extra city columns
 * follow the measures; one whose non-empty values are all plain decimal numbers is typed {@link
 * Type#DOUBLE} (an empty value is then missing), any other is {@link Type#TEXT} and kept verbatim.
 * An extra column's name is made unique like the GeoPackage does it: an empty name becomes {@code
 * extra_<n>}, and {@code _input} is appended while it clashes (ignoring case) with an earlier
 * column or a reserved name ({@code id}, {@code label}, {@code source}, {@code target}, {@code
 * weight}).
 *
 * <p>The graph formats also carry the run's {@link #provenance}.
 */
public final class NetworkColumns {
  /** Plain decimal numbers only: not Java's hex, {@code 1d} or {@code NaN} forms. */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  /** The provenance entry that names the program and its version. */
  static final String CREATOR = "citynet_creator";

  private static final Set<String> RESERVED = Set.of("id", "label", "source", "target", "weight");

  private NetworkColumns() {}

  /** The city attributes, measures first, then the input's extra columns. */
  public static List<Column<CityMetrics>> cities(NetworkAnalysis analysis) {
    List<Column<CityMetrics>> columns = new ArrayList<>();
    columns.add(new Column<>("name", Type.TEXT, m -> m.city().name()));
    columns.add(new Column<>("country", Type.TEXT, m -> m.city().country()));
    columns.add(new Column<>("lat", Type.DOUBLE, m -> m.city().lat()));
    columns.add(new Column<>("lon", Type.DOUBLE, m -> m.city().lon()));
    columns.add(
        new Column<>(
            "population",
            Type.INTEGER,
            m -> m.city().population().isPresent() ? m.city().population().getAsLong() : null));
    columns.add(new Column<>("region", Type.TEXT, CityMetrics::region));
    columns.add(new Column<>("subregion", Type.TEXT, CityMetrics::subregion));
    columns.add(new Column<>("degree", Type.INTEGER, m -> (long) m.degree()));
    columns.add(new Column<>("strength", Type.DOUBLE, CityMetrics::strength));
    columns.add(new Column<>("betweenness", Type.DOUBLE, CityMetrics::betweenness));
    columns.add(new Column<>("closeness", Type.DOUBLE, CityMetrics::closeness));
    columns.add(new Column<>("harmonic", Type.DOUBLE, CityMetrics::harmonic));
    columns.add(new Column<>("pagerank", Type.DOUBLE, CityMetrics::pagerank));
    columns.add(new Column<>("eigenvector", Type.DOUBLE, CityMetrics::eigenvector));
    columns.add(new Column<>("coreness", Type.INTEGER, m -> (long) m.coreness()));
    columns.add(new Column<>("clustering", Type.DOUBLE, CityMetrics::clustering));
    columns.add(new Column<>("component", Type.INTEGER, m -> (long) m.component()));
    columns.add(new Column<>("cluster", Type.INTEGER, m -> (long) m.cluster()));
    columns.add(
        new Column<>("betweenness_rank", Type.INTEGER, m -> rank(m, m.betweennessRank().median())));
    columns.add(
        new Column<>("betweenness_rank_lo", Type.INTEGER, m -> rank(m, m.betweennessRank().low())));
    columns.add(
        new Column<>(
            "betweenness_rank_hi", Type.INTEGER, m -> rank(m, m.betweennessRank().high())));
    columns.add(new Column<>("cluster_confidence", Type.DOUBLE, CityMetrics::clusterConfidence));
    addExtras(columns, analysis);
    return List.copyOf(columns);
  }

  /** A top broker's rank; null (an empty value) for the other cities. */
  private static Long rank(CityMetrics m, int rank) {
    return m.betweennessRank().isRanked() ? Long.valueOf(rank) : null;
  }

  /** The city table of the plain formats (CSV, GeoJSON): {@code id}, then {@link #cities}. */
  public static List<Column<CityMetrics>> keyedCities(NetworkAnalysis analysis) {
    List<Column<CityMetrics>> columns = new ArrayList<>();
    columns.add(new Column<>("id", Type.TEXT, m -> m.city().id()));
    columns.addAll(cities(analysis));
    return List.copyOf(columns);
  }

  /**
   * The link table of the plain formats (CSV, GeoJSON): {@code source, target, weight}, then {@link
   * #links}.
   */
  public static List<Column<LinkMetrics>> keyedLinks() {
    List<Column<LinkMetrics>> columns = new ArrayList<>();
    columns.add(new Column<>("source", Type.TEXT, l -> l.partnership().source()));
    columns.add(new Column<>("target", Type.TEXT, l -> l.partnership().target()));
    columns.add(new Column<>("weight", Type.DOUBLE, l -> l.partnership().weight()));
    columns.addAll(links());
    return List.copyOf(columns);
  }

  /** The link attributes besides its ends and weight. */
  public static List<Column<LinkMetrics>> links() {
    return List.of(
        new Column<>("links", Type.INTEGER, l -> (long) l.partnership().links()),
        new Column<>("types", Type.TEXT, l -> String.join("; ", l.partnership().types())),
        new Column<>("length_km", Type.DOUBLE, LinkMetrics::lengthKm),
        new Column<>("same_country", Type.BOOLEAN, LinkMetrics::sameCountry),
        new Column<>("same_region", Type.BOOLEAN, LinkMetrics::sameRegion));
  }

  /**
   * The run's provenance, graph-level attributes of the graph formats: study, creator, command
   * line, start, settings, attribution. Names start with {@code citynet_} to stay apart from the
   * city attributes (GraphML keys share one name space).
   */
  public static List<Column<RunInfo>> provenance() {
    return List.of(
        new Column<>("citynet_study", Type.TEXT, RunInfo::name),
        new Column<>(CREATOR, Type.TEXT, NetworkColumns::creator),
        new Column<>("citynet_command_line", Type.TEXT, RunInfo::commandLine),
        new Column<>("citynet_started_at", Type.TEXT, run -> run.startedAt().toString()),
        new Column<>("citynet_settings", Type.TEXT, run -> run.settings().asOptions().toString()),
        new Column<>(
            "citynet_attribution", Type.TEXT, run -> String.join(" | ", run.attribution())));
  }

  /** The program that wrote the files: {@code citynet} and its version. */
  static String creator(RunInfo run) {
    return "citynet " + run.toolVersion();
  }

  private static void addExtras(List<Column<CityMetrics>> columns, NetworkAnalysis analysis) {
    Set<String> taken = new HashSet<>();
    RESERVED.forEach(taken::add);
    columns.forEach(c -> taken.add(key(c.name())));
    List<String> input = analysis.cityExtraColumns();
    for (int i = 0; i < input.size(); i++) {
      int index = i;
      String name = input.get(i).isBlank() ? "extra_" + (i + 1) : input.get(i);
      while (!taken.add(key(name))) {
        name += "_input";
      }
      Function<CityMetrics, String> raw = m -> m.city().extras().get(index);
      if (isNumeric(analysis.cities(), raw)) {
        columns.add(
            new Column<>(
                name,
                Type.DOUBLE,
                m -> raw.apply(m).isBlank() ? null : Double.parseDouble(raw.apply(m).strip())));
      } else {
        columns.add(new Column<>(name, Type.TEXT, raw::apply));
      }
    }
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

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}

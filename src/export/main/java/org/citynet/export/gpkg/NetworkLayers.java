package org.citynet.export.gpkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.sf.GeometryType;
import org.citynet.export.gpkg.FeatureLayer.Column;
import org.citynet.export.gpkg.FeatureLayer.Feature;
import org.citynet.export.schema.CityPeriod;
import org.citynet.export.schema.OutputColumn;
import org.citynet.export.schema.OutputColumns;
import org.citynet.geo.ClusterFootprints;
import org.citynet.geo.Geodesics;
import org.citynet.model.ActiveYears;
import org.citynet.model.City;
import org.citynet.model.CityMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Partnership;
import org.citynet.model.YearSpan;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/** The network's layers — cities, links, clusters — as rows and columns. */
final class NetworkLayers {
  /** Primary key and geometry column of every layer (the names GDAL uses). */
  static final String ID_COLUMN = "fid";

  static final String GEOMETRY_COLUMN = "geom";

  private static final GeometryFactory FACTORY = Geodesics.factory();

  /** The densification tolerance of the links' geodesics, as the layer description states it. */
  static final String TOLERANCE =
      String.format(Locale.ROOT, "%s km", Geodesics.DEFAULT_TOLERANCE_KM);

  /** The links' and city periods' first active day, a DATE. */
  static final String START_COLUMN = "start";

  /** The links' and city periods' last active day, a DATE; empty while still active. */
  static final String END_COLUMN = "end";

  /** Name of the attribute table of the cities' measures per period. */
  static final String CITY_PERIODS = "city_periods";

  /**
   * The most columns a SQLite table may have as SQLite is built by default ({@code
   * SQLITE_MAX_COLUMN}); a CREATE TABLE with more fails.
   */
  static final int SQLITE_MAX_COLUMN = 2000;

  /** Columns kept for the cities layer's own (its measures, feature id, geometry): under 100. */
  static final int OWN_COLUMNS_RESERVE = 100;

  /** The most extra input columns the cities layer carries: SQLite's limit less its own. */
  static int maxCityExtraColumns() {
    return SQLITE_MAX_COLUMN - OWN_COLUMNS_RESERVE;
  }

  private NetworkLayers() {}

  /** The network's own layers: cities, links, clusters. */
  static List<FeatureLayer> of(NetworkAnalysis analysis) {
    return List.of(cities(analysis), links(analysis), clusters(analysis));
  }

  /** Cities as points with every measure, then the input's extra columns. */
  static FeatureLayer cities(NetworkAnalysis analysis) {
    return FeatureLayer.of(
        "cities",
        "Cities with their region and network measures (degree, strength, betweenness,"
            + " closeness, harmonic, pagerank, eigenvector, coreness, clustering), connected"
            + " component, Leiden cluster, role in the cluster (within_cluster_z, participation,"
            + " Guimerà-Amaral role R1-R7), regional E-I index, cluster under the gravity null"
            + " model (empty when not computed), the top brokers' betweenness rank over resampled"
            + " networks (median, 5th and 95th percentile; empty outside the top 50) and the"
            + " cluster confidence (mean Jaccard overlap with the city's cluster over the Leiden"
            + " starts), followed by the input's extra columns",
        GeometryType.POINT,
        OutputColumns.cities(analysis),
        analysis.cities(),
        m -> FACTORY.createPoint(new Coordinate(m.city().lon(), m.city().lat())));
  }

  /**
   * Partnerships as geodesics, always multi-lines so the layer has one geometry type.
   *
   * @throws IllegalArgumentException if a link names a city the analysis does not have
   */
  static FeatureLayer links(NetworkAnalysis analysis) {
    Map<String, CityMetrics> byId = OutputColumns.citiesById(analysis);
    FeatureLayer links =
        FeatureLayer.of(
            "links",
            "Partnerships between two cities (input rows merged), drawn as WGS84 geodesics split at"
                + " the antimeridian, every vertex on the geodesic and every straight lon/lat chord"
                + " within "
                + TOLERANCE
                + " of it; length_km is the geodesic length, cluster the cluster both cities belong"
                + " to (empty when they are in different clusters), disparity_p the disparity-filter"
                + " significance (Serrano et al. 2009; small = backbone)",
            GeometryType.MULTILINESTRING,
            OutputColumns.links(analysis),
            analysis.links(),
            link -> geodesic(link.partnership(), byId));
    Optional<YearSpan> input = analysis.time().inputYears();
    if (input.isEmpty()) {
      return links;
    }
    // GeoPackage DATE columns: the schema's column types have no date, and only this output
    // needs one (QGIS's Temporal Controller filters on them).
    List<Column> columns = new ArrayList<>(links.columns());
    columns.add(new Column(START_COLUMN, GeoPackageDataType.DATE));
    columns.add(new Column(END_COLUMN, GeoPackageDataType.DATE));
    return new FeatureLayer(
        links.name(),
        links.description()
            + "; start and end the first day of its first and the last day of its last active"
            + " year (end empty while still active)",
        links.geometryType(),
        columns,
        links.size(),
        i -> {
          Feature f = links.feature().apply(i);
          ActiveYears years = analysis.links().get(i).partnership().years();
          List<Object> values = new ArrayList<>(f.values());
          values.add(startDate(years, input.get()));
          values.add(endDate(years));
          return new Feature(f.geometry(), values);
        });
  }

  /** First day of the link's first active year, as GeoPackage writes a DATE. */
  static String startDate(ActiveYears years, YearSpan input) {
    return years.within(input).first() + "-01-01";
  }

  /** Last day of the link's last active year; null while it is still active. */
  static String endDate(ActiveYears years) {
    return years.end().isPresent() ? years.end().getAsInt() + "-12-31" : null;
  }

  /**
   * Each city's measures in each period's snapshot, an attribute table: the schema's columns, then
   * the period's first and last day as DATEs, so that QGIS can join it to the cities and animate
   * it.
   */
  static AttributeTable cityPeriods(NetworkAnalysis analysis) {
    List<OutputColumn<CityPeriod>> defined = OutputColumns.cityPeriods();
    List<List<Object>> rows = new ArrayList<>();
    for (CityPeriod row : CityPeriod.of(analysis)) {
      List<Object> values = new ArrayList<>(defined.size() + 2);
      defined.forEach(c -> values.add(c.valueOf(row)));
      values.add(row.period().period().first() + "-01-01");
      values.add(row.period().period().last() + "-12-31");
      rows.add(values);
    }
    List<Column> columns = new ArrayList<>(defined.stream().map(Column::of).toList());
    columns.add(new Column(START_COLUMN, GeoPackageDataType.DATE));
    columns.add(new Column(END_COLUMN, GeoPackageDataType.DATE));
    return new AttributeTable(
        CITY_PERIODS,
        "Each city's measures in each period's snapshot (the cities and links active in the"
            + " period): degree, strength, betweenness and Leiden cluster of the snapshot; start"
            + " and end the period's first and last day",
        columns,
        rows);
  }

  private static MultiLineString geodesic(Partnership p, Map<String, CityMetrics> byId) {
    City a = byId.get(p.source()).city();
    City b = byId.get(p.target()).city();
    return multiLine(Geodesics.line(a.lat(), a.lon(), b.lat(), b.lon()));
  }

  /** Clusters as the footprints of their member cities. */
  static FeatureLayer clusters(NetworkAnalysis analysis) {
    Map<Integer, List<Coordinate>> members = new LinkedHashMap<>();
    for (CityMetrics m : analysis.cities()) {
      members
          .computeIfAbsent(m.cluster(), c -> new ArrayList<>())
          .add(new Coordinate(m.city().lon(), m.city().lat()));
    }
    return FeatureLayer.of(
        "clusters",
        "Leiden clusters drawn as buffered concave hulls around groups of member cities"
            + " (groups: members within 1,500 km of each other), cut at the antimeridian;"
            + " ei_index is the members' E-I index by UN region (-1 all partnerships within a"
            + " region, +1 all across)",
        GeometryType.MULTIPOLYGON,
        OutputColumns.clusters(analysis),
        analysis.clusters(),
        c -> ClusterFootprints.footprint(members.getOrDefault(c.id(), List.of())));
  }

  private static MultiLineString multiLine(Geometry line) {
    return line instanceof MultiLineString multi
        ? multi
        : FACTORY.createMultiLineString(new LineString[] {(LineString) line});
  }
}

package org.citynet.export.gpkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.sf.GeometryType;
import org.citynet.export.schema.OutputColumns;
import org.citynet.geo.ClusterFootprints;
import org.citynet.geo.Geodesics;
import org.citynet.model.City;
import org.citynet.model.CityMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Partnership;
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
            + " Guimerà-Amaral role R1-R7), regional E-I index and cluster under the gravity null"
            + " model (empty when not computed), followed by the input's extra columns",
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
    return FeatureLayer.of(
        "links",
        "Partnerships between two cities (input rows merged), drawn as WGS84 geodesics split at"
            + " the antimeridian; length_km is the geodesic length, cluster the cluster both"
            + " cities belong to (empty when they are in different clusters), disparity_p the"
            + " disparity-filter significance (Serrano et al. 2009; small = backbone)",
        GeometryType.MULTILINESTRING,
        OutputColumns.links(analysis),
        analysis.links(),
        link -> geodesic(link.partnership(), byId));
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

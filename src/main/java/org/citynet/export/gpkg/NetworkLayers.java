package org.citynet.export.gpkg;

import static mil.nga.geopackage.db.GeoPackageDataType.BOOLEAN;
import static mil.nga.geopackage.db.GeoPackageDataType.DOUBLE;
import static mil.nga.geopackage.db.GeoPackageDataType.INTEGER;
import static mil.nga.geopackage.db.GeoPackageDataType.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import mil.nga.sf.GeometryType;
import org.citynet.export.gpkg.FeatureLayer.Column;
import org.citynet.export.gpkg.FeatureLayer.Feature;
import org.citynet.geo.ClusterFootprints;
import org.citynet.geo.Geodesics;
import org.citynet.model.City;
import org.citynet.model.CityMetrics;
import org.citynet.model.Cluster;
import org.citynet.model.LinkMetrics;
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

  private static final String CLASHING_SUFFIX = "_input";

  private static final GeometryFactory FACTORY = Geodesics.factory();

  private static final List<Column> CITY_COLUMNS =
      List.of(
          new Column("id", TEXT),
          new Column("name", TEXT),
          new Column("country", TEXT),
          new Column("region", TEXT),
          new Column("subregion", TEXT),
          new Column("population", INTEGER),
          new Column("degree", INTEGER),
          new Column("strength", DOUBLE),
          new Column("betweenness", DOUBLE),
          new Column("closeness", DOUBLE),
          new Column("harmonic", DOUBLE),
          new Column("pagerank", DOUBLE),
          new Column("eigenvector", DOUBLE),
          new Column("coreness", INTEGER),
          new Column("clustering", DOUBLE),
          new Column("component", INTEGER),
          new Column("cluster", INTEGER),
          new Column("within_cluster_z", DOUBLE),
          new Column("participation", DOUBLE),
          new Column("role", TEXT),
          new Column("role_name", TEXT),
          new Column("ei_index", DOUBLE),
          new Column("cluster_spatial", INTEGER),
          new Column("betweenness_rank", INTEGER),
          new Column("betweenness_rank_lo", INTEGER),
          new Column("betweenness_rank_hi", INTEGER),
          new Column("cluster_confidence", DOUBLE));

  private NetworkLayers() {}

  /** The network's own layers: cities, links, clusters. */
  static List<FeatureLayer> of(NetworkAnalysis analysis) {
    return List.of(cities(analysis), links(analysis), clusters(analysis));
  }

  /** Cities as points with every measure, then the input's extra columns as text. */
  static FeatureLayer cities(NetworkAnalysis analysis) {
    List<Column> columns = new ArrayList<>(CITY_COLUMNS);
    for (String name : extraColumnNames(analysis.cityExtraColumns(), CITY_COLUMNS)) {
      columns.add(new Column(name, TEXT));
    }
    return new FeatureLayer(
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
        columns,
        analysis.cities().size(),
        i -> city(analysis.cities().get(i)));
  }

  private static Feature city(CityMetrics m) {
    City city = m.city();
    List<Object> values =
        new ArrayList<>(
            Arrays.asList(
                city.id(),
                city.name(),
                city.country(),
                m.region(),
                m.subregion(),
                city.population().isPresent() ? city.population().getAsLong() : null,
                (long) m.degree(),
                m.strength(),
                m.betweenness(),
                m.closeness(),
                m.harmonic(),
                m.pagerank(),
                m.eigenvector(),
                (long) m.coreness(),
                m.clustering(),
                (long) m.component(),
                (long) m.cluster(),
                m.withinClusterZ(),
                m.participation(),
                m.role(),
                m.roleName(),
                m.eiIndex(),
                m.clusterSpatial() == CityMetrics.NOT_COMPUTED
                    ? null
                    : Long.valueOf(m.clusterSpatial()),
                rankOrNull(m.betweennessRank().median(), m),
                rankOrNull(m.betweennessRank().low(), m),
                rankOrNull(m.betweennessRank().high(), m),
                m.clusterConfidence()));
    values.addAll(city.extras());
    return new Feature(FACTORY.createPoint(new Coordinate(city.lon(), city.lat())), values);
  }

  /** A top broker's rank, empty (NULL) for the other cities. */
  private static Long rankOrNull(int rank, CityMetrics m) {
    return m.betweennessRank().isRanked() ? Long.valueOf(rank) : null;
  }

  /**
   * Partnerships as geodesics, always multi-lines so the layer has one geometry type.
   *
   * @throws IllegalArgumentException if a link names a city the analysis does not have
   */
  static FeatureLayer links(NetworkAnalysis analysis) {
    Map<String, CityMetrics> byId = citiesById(analysis);
    return new FeatureLayer(
        "links",
        "Partnerships between two cities (input rows merged), drawn as WGS84 geodesics split at"
            + " the antimeridian; length_km is the geodesic length, cluster the cluster both"
            + " cities belong to (empty when they are in different clusters)",
        GeometryType.MULTILINESTRING,
        List.of(
            new Column("source", TEXT),
            new Column("target", TEXT),
            new Column("weight", DOUBLE),
            new Column("links", INTEGER),
            new Column("types", TEXT),
            new Column("length_km", DOUBLE),
            new Column("same_country", BOOLEAN),
            new Column("same_region", BOOLEAN),
            new Column("cluster", INTEGER)),
        analysis.links().size(),
        i -> link(analysis.links().get(i), byId));
  }

  /**
   * The cities by id.
   *
   * @throws IllegalArgumentException if a link names a city the analysis does not have
   */
  static Map<String, CityMetrics> citiesById(NetworkAnalysis analysis) {
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

  private static Feature link(LinkMetrics link, Map<String, CityMetrics> byId) {
    Partnership p = link.partnership();
    CityMetrics a = byId.get(p.source());
    CityMetrics b = byId.get(p.target());
    return Feature.of(
        multiLine(Geodesics.line(a.city().lat(), a.city().lon(), b.city().lat(), b.city().lon())),
        p.source(),
        p.target(),
        p.weight(),
        (long) p.links(),
        String.join("; ", p.types()),
        link.lengthKm(),
        link.sameCountry(),
        link.sameRegion(),
        a.cluster() == b.cluster() ? Long.valueOf(a.cluster()) : null);
  }

  /** Clusters as the footprints of their member cities. */
  static FeatureLayer clusters(NetworkAnalysis analysis) {
    Map<Integer, List<Coordinate>> members = new LinkedHashMap<>();
    for (CityMetrics m : analysis.cities()) {
      members
          .computeIfAbsent(m.cluster(), c -> new ArrayList<>())
          .add(new Coordinate(m.city().lon(), m.city().lat()));
    }
    return new FeatureLayer(
        "clusters",
        "Leiden clusters drawn as buffered concave hulls around groups of member cities"
            + " (groups: members within 1,500 km of each other), cut at the antimeridian;"
            + " ei_index is the members' E-I index by UN region (-1 all partnerships within a"
            + " region, +1 all across)",
        GeometryType.MULTIPOLYGON,
        List.of(
            new Column("cluster", INTEGER),
            new Column("size", INTEGER),
            new Column("dominant_region", TEXT),
            new Column("internal_links", INTEGER),
            new Column("external_links", INTEGER),
            new Column("ei_index", DOUBLE)),
        analysis.clusters().size(),
        i -> cluster(analysis.clusters().get(i), members));
  }

  private static Feature cluster(Cluster c, Map<Integer, List<Coordinate>> members) {
    return Feature.of(
        ClusterFootprints.footprint(members.getOrDefault(c.id(), List.of())),
        (long) c.id(),
        (long) c.size(),
        c.dominantRegion(),
        (long) c.internalLinks(),
        (long) c.externalLinks(),
        c.eiIndex());
  }

  /**
   * Names for the input's extra columns that are unique among all columns of the layer (SQLite
   * compares names case-insensitively): an empty name becomes {@code extra_<n>} (n counting the
   * extra columns from 1), and {@value #CLASHING_SUFFIX} is appended to a name until it clashes
   * with no built-in or earlier column. Any other text, quotes included, is kept as it is.
   */
  static List<String> extraColumnNames(List<String> input, List<Column> builtIn) {
    Set<String> taken = new HashSet<>();
    Stream.concat(Stream.of(ID_COLUMN, GEOMETRY_COLUMN), builtIn.stream().map(Column::name))
        .forEach(name -> taken.add(key(name)));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < input.size(); i++) {
      // SQLite cannot hold NUL in a name; nothing else needs changing.
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

  private static String key(String columnName) {
    return columnName.toLowerCase(Locale.ROOT);
  }

  private static MultiLineString multiLine(Geometry line) {
    return line instanceof MultiLineString multi
        ? multi
        : FACTORY.createMultiLineString(new LineString[] {(LineString) line});
  }
}

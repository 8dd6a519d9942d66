package org.citynet.export.html;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.citynet.export.BetweenClusters;
import org.citynet.export.ClusterPalette;
import org.citynet.export.excel.Findings;
import org.citynet.export.excel.KeyFigures;
import org.citynet.export.image.Basemap;
import org.citynet.export.image.CircleScale;
import org.citynet.export.image.MapLinks;
import org.citynet.export.image.MapOptions;
import org.citynet.export.schema.OutputColumn;
import org.citynet.export.schema.OutputColumns;
import org.citynet.geo.EqualEarth;
import org.citynet.geo.Geodesics;
import org.citynet.model.ActiveYears;
import org.citynet.model.CityMetrics;
import org.citynet.model.Cluster;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Partnership;
import org.citynet.model.PeriodAnalysis;
import org.citynet.model.PeriodCity;
import org.citynet.model.YearSpan;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The HTML map's data as one JSON document: cities and links with the columns of {@link
 * OutputColumns} (the values every other output has), their places in Equal Earth kilometres,
 * circle radii and link widths as on {@code NAME.png}, the country outlines, the clusters, the key
 * figures and the findings of the workbook, and the periods when the network has years.
 *
 * <p>Coordinates are Equal Earth (EPSG:8857) eastings and northings in kilometres, rounded to 0.1
 * km: far finer than a screen pixel at the map's deepest zoom. Links are the map image's geodesics,
 * sampled to {@value #LINK_TOLERANCE_M} m. The cost is O(c + l·s) for c cities and l links of s
 * samples.
 */
final class MapData {
  /** How far a drawn link may stray from its geodesic, in metres: a pixel at 16 times zoom. */
  static final double LINK_TOLERANCE_M = 4_000;

  /** How far the country outlines may stray from Natural Earth's, in metres. */
  static final double COUNTRY_TOLERANCE_M = 6_000;

  private static final JsonFactory JSON = new JsonFactory();

  private MapData() {}

  /**
   * Writes the data of {@code analysis}'s map to {@code out} as UTF-8 JSON, safe inside a script
   * element (see {@link #scriptSafe}); leaves {@code out} open.
   */
  static void write(NetworkAnalysis analysis, MapOptions options, OutputStream out)
      throws IOException {
    try (JsonGenerator g = scriptSafe(out)) {
      g.writeStartObject();
      header(g, analysis, options);
      world(g);
      clusters(g, analysis);
      cities(g, analysis, options);
      links(g, analysis, options);
      g.writeArrayFieldStart("figures");
      for (KeyFigures.Line line : KeyFigures.lines(analysis)) {
        g.writeStartObject();
        g.writeStringField("label", line.label());
        g.writeStringField("text", line.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (String finding : Findings.of(analysis)) {
        g.writeString(finding);
      }
      g.writeEndArray();
      periods(g, analysis);
      g.writeEndObject();
    }
  }

  /**
   * A JSON generator writing UTF-8 to {@code out} (left open when the generator closes) that writes
   * {@code <}, {@code >}, {@code &} and the line separators U+2028/U+2029 as {@code \\uXXXX}
   * escapes, which mean the same string: no text in the data (a city named {@code </script>}) can
   * then end the script element, start a comment or a character reference. They can occur only
   * inside JSON strings, so the document's meaning is unchanged.
   */
  static JsonGenerator scriptSafe(OutputStream out) throws IOException {
    JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setCharacterEscapes(SCRIPT_SAFE);
    return g;
  }

  /** The escapes of {@link #scriptSafe}, on top of JSON's own. */
  private static final CharacterEscapes SCRIPT_SAFE =
      new CharacterEscapes() {
        private final int[] escapes = standardAsciiEscapesForJSON();

        {
          escapes['<'] = ESCAPE_STANDARD;
          escapes['>'] = ESCAPE_STANDARD;
          escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
          return escapes;
        }

        private final SerializableString lineSeparator = new SerializedString("\\u2028");
        private final SerializableString paragraphSeparator = new SerializedString("\\u2029");

        @Override
        public SerializableString getEscapeSequence(int ch) {
          return switch (ch) {
            case 0x2028 -> lineSeparator;
            case 0x2029 -> paragraphSeparator;
            default -> null;
          };
        }
      };

  private static void header(JsonGenerator g, NetworkAnalysis analysis, MapOptions options)
      throws IOException {
    g.writeStringField("name", analysis.run().name());
    g.writeStringField("title", "City partnership network — " + analysis.run().name());
    g.writeStringField(
        "subtitle",
        String.format(
            Locale.ENGLISH,
            "%,d cities · %,d partnerships · %,d clusters",
            analysis.summary().cities(),
            analysis.summary().links(),
            analysis.summary().clusters()));
    g.writeStringField("sizeBy", options.sizeBy().label());
    g.writeStringField("tool", "citynet " + analysis.run().toolVersion());
    g.writeStringField("started", analysis.run().startedAt().toString());
    g.writeArrayFieldStart("attribution");
    for (String line : analysis.run().attribution()) {
      g.writeString(line);
    }
    g.writeString("Basemap: Natural Earth (public domain)");
    g.writeString("Projection: Equal Earth (EPSG:8857)");
    g.writeEndArray();
  }

  /** The map's frame, its graticule and the country outlines, simplified. */
  private static void world(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("world");
    g.writeNumberField("maxX", km(EqualEarth.MAX_X));
    g.writeNumberField("maxY", km(EqualEarth.MAX_Y));
    g.writeArrayFieldStart("edge");
    for (int lat = -90; lat <= 90; lat++) {
      point(g, EqualEarth.project(lat, -180));
    }
    for (int lat = 90; lat >= -90; lat--) {
      point(g, EqualEarth.project(lat, 180));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("graticule");
    for (int lon = -150; lon < 180; lon += 30) {
      g.writeStartArray();
      for (int lat = -90; lat <= 90; lat += 5) {
        point(g, EqualEarth.project(lat, lon));
      }
      g.writeEndArray();
    }
    for (int lat = -60; lat < 90; lat += 30) {
      g.writeStartArray();
      for (int lon = -180; lon <= 180; lon += 5) {
        point(g, EqualEarth.project(lat, lon));
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
    // GeoJSON (RFC 7946 structure) in projected kilometres rather than degrees.
    g.writeObjectFieldStart("countries");
    g.writeStringField("type", "FeatureCollection");
    g.writeArrayFieldStart("features");
    for (Geometry country : Basemap.countries()) {
      Geometry simple = DouglasPeuckerSimplifier.simplify(country, COUNTRY_TOLERANCE_M);
      if (simple.isEmpty()) {
        continue;
      }
      g.writeStartObject();
      g.writeStringField("type", "Feature");
      g.writeObjectFieldStart("properties");
      g.writeEndObject();
      g.writeObjectFieldStart("geometry");
      g.writeStringField("type", "MultiPolygon");
      g.writeArrayFieldStart("coordinates");
      for (int p = 0; p < simple.getNumGeometries(); p++) {
        Polygon polygon = (Polygon) simple.getGeometryN(p);
        g.writeStartArray();
        ring(g, polygon.getExteriorRing());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          ring(g, polygon.getInteriorRingN(h));
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void ring(JsonGenerator g, LineString ring) throws IOException {
    g.writeStartArray();
    for (Coordinate c : ring.getCoordinates()) {
      g.writeStartArray();
      g.writeNumber(km(c.x));
      g.writeNumber(km(c.y));
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  private static void clusters(JsonGenerator g, NetworkAnalysis analysis) throws IOException {
    g.writeStringField("otherColour", ClusterPalette.hex(-1));
    g.writeArrayFieldStart("clusters");
    for (Cluster c : analysis.clusters()) {
      g.writeStartObject();
      g.writeNumberField("id", c.id());
      g.writeNumberField("size", c.size());
      g.writeStringField("colour", ClusterPalette.hex(c.id()));
      g.writeStringField("region", c.dominantRegion());
      g.writeNumberField("regionShare", c.dominantRegionShare());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * The cities as a table: {@code columns} (name, type and, where the workbook has one, its number
   * format) and {@code rows} in analysis order, then each city's place ({@code x}, {@code y}) and
   * circle radius in points ({@code r}) as on the map image, whether it sits between clusters
   * ({@code between}, 1 or 0: drawn hollow) and the map key to the hollow circles ({@code
   * betweenKey}).
   */
  private static void cities(JsonGenerator g, NetworkAnalysis analysis, MapOptions options)
      throws IOException {
    List<OutputColumn<CityMetrics>> columns = OutputColumns.cities(analysis);
    Map<String, String> formats = KeyFigures.cityNumberFormats(analysis);
    g.writeObjectFieldStart("cities");
    columnsField(g, columns, formats);
    g.writeArrayFieldStart("rows");
    for (CityMetrics m : analysis.cities()) {
      row(g, columns, m);
    }
    g.writeEndArray();
    CircleScale circles =
        CircleScale.of(
            analysis.cities().stream().mapToDouble(options.sizeBy()::of).max().orElse(0),
            analysis.cities().size());
    g.writeArrayFieldStart("x");
    for (CityMetrics m : analysis.cities()) {
      g.writeNumber(km(EqualEarth.project(m.city().lat(), m.city().lon()).x));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("y");
    for (CityMetrics m : analysis.cities()) {
      g.writeNumber(km(EqualEarth.project(m.city().lat(), m.city().lon()).y));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("r");
    for (CityMetrics m : analysis.cities()) {
      g.writeNumber(Math.round(circles.radius(options.sizeBy().of(m)) * 100) / 100.0);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("between");
    for (CityMetrics m : analysis.cities()) {
      g.writeNumber(BetweenClusters.is(m) ? 1 : 0);
    }
    g.writeEndArray();
    g.writeStringField("betweenKey", BetweenClusters.KEY);
    g.writeEndObject();
  }

  /**
   * The links as a table like the cities', then each link's ends as city indexes ({@code ends}),
   * its colour's cluster ({@code cluster}, -1 between clusters) and, for the strongest {@link
   * MapOptions#maxLinks()} as on the map image, its route and width in points ({@code paths},
   * {@code width}; null for a link not drawn).
   */
  private static void links(JsonGenerator g, NetworkAnalysis analysis, MapOptions options)
      throws IOException {
    List<OutputColumn<LinkMetrics>> columns = OutputColumns.links(analysis);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < analysis.cities().size(); i++) {
      index.put(analysis.cities().get(i).city().id(), i);
    }
    int[] drawn = MapLinks.strongest(analysis, options.sizeBy(), options.maxLinks());
    boolean[] isDrawn = new boolean[analysis.links().size()];
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (int i : drawn) {
      isDrawn[i] = true;
      min = Math.min(min, analysis.links().get(i).partnership().weight());
      max = Math.max(max, analysis.links().get(i).partnership().weight());
    }
    g.writeObjectFieldStart("links");
    g.writeNumberField("drawn", drawn.length);
    g.writeNumberField("alpha", MapLinks.alpha(drawn.length) / 255.0);
    columnsField(g, columns, Map.of());
    g.writeArrayFieldStart("rows");
    for (LinkMetrics l : analysis.links()) {
      row(g, columns, l);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("ends");
    for (LinkMetrics l : analysis.links()) {
      g.writeNumber(index.get(l.partnership().source()));
      g.writeNumber(index.get(l.partnership().target()));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("cluster");
    for (LinkMetrics l : analysis.links()) {
      int a = analysis.cities().get(index.get(l.partnership().source())).cluster();
      int b = analysis.cities().get(index.get(l.partnership().target())).cluster();
      g.writeNumber(a == b ? a : -1);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("width");
    for (int i = 0; i < analysis.links().size(); i++) {
      if (isDrawn[i]) {
        double w = MapLinks.width(analysis.links().get(i).partnership().weight(), min, max);
        g.writeNumber(Math.round(w * 100) / 100.0);
      } else {
        g.writeNull();
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("paths");
    for (int i = 0; i < analysis.links().size(); i++) {
      if (!isDrawn[i]) {
        g.writeNull();
        continue;
      }
      Partnership p = analysis.links().get(i).partnership();
      CityMetrics a = analysis.cities().get(index.get(p.source()));
      CityMetrics b = analysis.cities().get(index.get(p.target()));
      Geometry route =
          Geodesics.equalEarthLine(
              a.city().lat(), a.city().lon(), b.city().lat(), b.city().lon(), LINK_TOLERANCE_M);
      // each piece (two at the antimeridian) as a flat x, y, x, y, ... array
      g.writeStartArray();
      for (int part = 0; part < route.getNumGeometries(); part++) {
        g.writeStartArray();
        for (Coordinate c : route.getGeometryN(part).getCoordinates()) {
          g.writeNumber(km(c.x));
          g.writeNumber(km(c.y));
        }
        g.writeEndArray();
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * The snapshots of the network over time, replayed by the page's slider (empty without years):
   * each period's label, its figures, the indexes of its cities and of the links active in it, and,
   * aligned with the city indexes, each city's degree, strength, betweenness and cluster in the
   * period's snapshot with that cluster's colour (tracked through the periods, {@link
   * ClusterPalette#tracked}). A link is active in a period when the years of its merged rows, from
   * the earliest start to the latest end, overlap it.
   */
  private static void periods(JsonGenerator g, NetworkAnalysis analysis) throws IOException {
    g.writeArrayFieldStart("periods");
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < analysis.cities().size(); i++) {
      index.put(analysis.cities().get(i).city().id(), i);
    }
    Optional<YearSpan> input =
        ActiveYears.span(analysis.links().stream().map(l -> l.partnership().years()).toList());
    List<List<Integer>> colours = ClusterPalette.tracked(analysis.time().trackedClusters());
    for (int p = 0; p < analysis.time().periods().size(); p++) {
      PeriodAnalysis period = analysis.time().periods().get(p);
      List<Integer> slots = colours.get(p);
      g.writeStartObject();
      g.writeStringField("label", period.period().label());
      g.writeNumberField("cities", period.cities());
      g.writeNumberField("links", period.links());
      g.writeNumberField("clusters", period.clusters());
      g.writeNumberField("modularity", period.modularity());
      g.writeArrayFieldStart("cityIndexes");
      for (PeriodCity member : period.members()) {
        g.writeNumber(index.get(member.id()));
      }
      g.writeEndArray();
      numbers(g, "degree", period.members(), PeriodCity::degree);
      numbers(g, "strength", period.members(), PeriodCity::strength);
      numbers(g, "betweenness", period.members(), PeriodCity::betweenness);
      numbers(g, "cluster", period.members(), PeriodCity::cluster);
      g.writeArrayFieldStart("clusterColour");
      for (PeriodCity member : period.members()) {
        g.writeString(ClusterPalette.hex(slots.get(member.cluster())));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("linkIndexes");
      for (int l = 0; l < analysis.links().size(); l++) {
        ActiveYears years = analysis.links().get(l).partnership().years();
        if (input.isEmpty() || years.within(input.get()).overlaps(period.period())) {
          g.writeNumber(l);
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** One number per city of a period, in the order of its members. */
  private static void numbers(
      JsonGenerator g, String field, List<PeriodCity> members, ToDoubleFunction<PeriodCity> value)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (PeriodCity member : members) {
      double v = value.applyAsDouble(member);
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        g.writeNumber((long) v);
      } else {
        g.writeNumber(v);
      }
    }
    g.writeEndArray();
  }

  private static <T> void columnsField(
      JsonGenerator g, List<OutputColumn<T>> columns, Map<String, String> formats)
      throws IOException {
    g.writeArrayFieldStart("columns");
    for (OutputColumn<T> c : columns) {
      g.writeStartObject();
      g.writeStringField("name", c.name());
      g.writeStringField("type", c.type().docName());
      g.writeStringField("unit", c.unit());
      if (formats.containsKey(c.name())) {
        g.writeStringField("format", formats.get(c.name()));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** One row: numbers as numbers, text, booleans; a missing value as null. */
  private static <T> void row(JsonGenerator g, List<OutputColumn<T>> columns, T row)
      throws IOException {
    g.writeStartArray();
    for (OutputColumn<T> c : columns) {
      Object v = c.valueOf(row);
      if (v instanceof Double d) {
        g.writeNumber(d);
      } else if (v instanceof Long n) {
        g.writeNumber(n);
      } else if (v instanceof Boolean b) {
        g.writeBoolean(b);
      } else if (v == null) {
        g.writeNull();
      } else {
        g.writeString(v.toString());
      }
    }
    g.writeEndArray();
  }

  private static void point(JsonGenerator g, Coordinate c) throws IOException {
    g.writeNumber(km(c.x));
    g.writeNumber(km(c.y));
  }

  /** Metres as kilometres to a tenth. */
  private static double km(double metres) {
    return Math.round(metres / 100) / 10.0;
  }
}

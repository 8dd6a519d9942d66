package org.citynet.export.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.export.network.SyntheticAnalyses.city;
import static org.citynet.export.network.SyntheticAnalyses.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citynet.io.InputException;
import org.citynet.model.City;
import org.citynet.model.CityMetrics;
import org.citynet.model.Link;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Partnership;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GeoJSON exports open in GDAL and read back with Python's json module with the analysis'
 * values, and links across the antimeridian are cut there (RFC 7946 §3.1.9).
 */
class GeoJsonWriterTest {
  private static final Path CHECKER = Path.of("src/test/python/geojson_exports.py");

  @TempDir Path dir;

  @BeforeAll
  static void requireGdal() {
    ExternalTools.require("ogrinfo", "gdal-bin");
    ExternalTools.require("ogr2ogr", "gdal-bin");
  }

  /**
   * A small synthetic network: two links across the antimeridian (Suva–Apia, Tōkyō–Apia), names
   * that need JSON escaping, a city without population, a numeric extra column with a gap and a
   * text one.
   */
  private static NetworkAnalysis synthetic() throws InputException {
    List<String> extras = List.of("score", "note");
    List<City> cities =
        List.of(
            city("fj", "Suva", "FJ", -18.14, 178.44, 93970, "12", "\"capital\""),
            city("ws", "Apia", "WS", -13.83, -171.77, -1, "", "line\nbreak\ttab"),
            city("us", "Washington, \"D.C.\"", "US", 38.9, -77.04, 700000, "0.25", "\\path"),
            city("br", "São Paulo", "BR", -23.55, -46.63, 12300000, "1e-5", ""),
            city("jp", "Tōkyō 東京", "JP", 35.68, 139.69, 14000000, "3", "a;b"));
    List<Link> links =
        List.of(
            link("fj", "ws", 2, "twinning"),
            link("jp", "ws", 1.5, "friendship"),
            link("us", "br", 1, ""),
            link("br", "jp", 4, "twinning"),
            link("us", "fj", 1, "twinning"));
    return SyntheticAnalyses.analyse(cities, extras, links);
  }

  @Test
  void gdalOpensBothFilesAndCopiesThemWithoutWarnings() throws IOException, InputException {
    Path cities = dir.resolve("n-cities.geojson");
    Path links = dir.resolve("n-links.geojson");
    GeoJsonWriter.write(synthetic(), cities, links);

    ExternalTools.Result citiesInfo = ogrinfo(cities);
    assertThat(citiesInfo.output()).contains("Geometry: Point", "Feature Count: 5");
    ExternalTools.Result linksInfo = ogrinfo(links);
    assertThat(linksInfo.output()).contains("Geometry: Multi Line String", "Feature Count: 5");

    for (Path file : List.of(cities, links)) {
      Path copy = dir.resolve("copy-" + file.getFileName());
      ExternalTools.Result r =
          ExternalTools.run(
              List.of("ogr2ogr", "-f", "GeoJSON", copy.toString(), file.toString()), 60);
      assertThat(r.exitCode()).as(r.output()).isZero();
      assertThat(r.output()).as("ogr2ogr output for %s", file).isBlank();
      assertThat(ogrinfo(copy).output()).contains("Feature Count: 5");
    }
  }

  @Test
  void pythonReadsBackEveryPropertyAndTheAntimeridianLinksAreCut()
      throws IOException, InputException {
    NetworkAnalysis analysis = synthetic();
    Path cities = dir.resolve("n-cities.geojson");
    Path links = dir.resolve("n-links.geojson");
    GeoJsonWriter.write(analysis, cities, links);
    Path expected = dir.resolve("expected.json");
    new ObjectMapper().writeValue(expected.toFile(), expectations(analysis));

    ExternalTools.Result r =
        ExternalTools.run(
            List.of(
                ExternalTools.PYTHON,
                CHECKER.toString(),
                expected.toString(),
                cities.toString(),
                links.toString()),
            60);
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("0 mismatches");

    Map<String, String[]> geometries = new LinkedHashMap<>();
    r.output()
        .lines()
        .filter(l -> l.startsWith("link\t"))
        .map(l -> l.split("\t"))
        .forEach(f -> geometries.put(f[1] + "-" + f[2], f));
    assertThat(geometries).hasSize(5);
    for (String crossing : List.of("fj-ws", "jp-ws")) {
      String[] g = geometries.get(crossing);
      assertThat(g[3]).as(crossing).isEqualTo("MultiLineString");
      assertThat(Integer.parseInt(g[4])).as(crossing).isEqualTo(2);
      // cut at the antimeridian itself: one piece ends at 180°, the other starts at -180°
      assertThat(Double.parseDouble(g[5])).as(crossing).isEqualTo(-180);
      assertThat(Double.parseDouble(g[6])).as(crossing).isEqualTo(180);
    }
    for (String[] g : geometries.values()) {
      assertThat(Double.parseDouble(g[5])).as(Arrays.toString(g)).isGreaterThanOrEqualTo(-180);
      assertThat(Double.parseDouble(g[6])).as(Arrays.toString(g)).isLessThanOrEqualTo(180);
      assertThat(Double.parseDouble(g[7])).as(Arrays.toString(g)).isLessThan(180);
    }
    // São Paulo–Washington stays within the western hemisphere: one piece
    assertThat(geometries.get("us-br")[3]).isEqualTo("MultiLineString");
    assertThat(geometries.get("us-br")[4]).isEqualTo("1");
  }

  /**
   * The properties each feature must hold, in order, straight from the analysis records with the
   * documented names (not through {@link NetworkColumns}); a missing value is null.
   */
  private static Map<String, List<Map<String, Object>>> expectations(NetworkAnalysis analysis) {
    List<Map<String, Object>> cities = new ArrayList<>();
    for (CityMetrics m : analysis.cities()) {
      City c = m.city();
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", c.id());
      p.put("name", c.name());
      p.put("country", c.country());
      p.put("lat", c.lat());
      p.put("lon", c.lon());
      p.put("population", c.population().isPresent() ? c.population().getAsLong() : null);
      p.put("region", text(m.region()));
      p.put("subregion", text(m.subregion()));
      p.put("degree", (long) m.degree());
      p.put("strength", number(m.strength()));
      p.put("betweenness", number(m.betweenness()));
      p.put("closeness", number(m.closeness()));
      p.put("harmonic", number(m.harmonic()));
      p.put("pagerank", number(m.pagerank()));
      p.put("eigenvector", number(m.eigenvector()));
      p.put("coreness", (long) m.coreness());
      p.put("clustering", number(m.clustering()));
      p.put("component", (long) m.component());
      p.put("cluster", (long) m.cluster());
      // "score" is numeric in every non-empty row; "note" is text
      p.put("score", c.extras().get(0).isEmpty() ? null : Double.parseDouble(c.extras().get(0)));
      p.put("note", text(c.extras().get(1)));
      cities.add(p);
    }
    List<Map<String, Object>> links = new ArrayList<>();
    for (LinkMetrics l : analysis.links()) {
      Partnership s = l.partnership();
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("source", s.source());
      p.put("target", s.target());
      p.put("weight", s.weight());
      p.put("links", (long) s.links());
      p.put("types", text(String.join("; ", s.types())));
      p.put("length_km", l.lengthKm());
      p.put("same_country", l.sameCountry());
      p.put("same_region", l.sameRegion());
      p.put("disparity_p", l.disparityP());
      links.add(p);
    }
    return Map.of("cities", cities, "links", links);
  }

  private static String text(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static Double number(double d) {
    return Double.isFinite(d) ? d : null;
  }

  private static ExternalTools.Result ogrinfo(Path file) {
    ExternalTools.Result r =
        ExternalTools.run(List.of("ogrinfo", "-al", "-so", file.toString()), 60);
    assertThat(r.exitCode()).as(r.output()).isZero();
    return r;
  }
}

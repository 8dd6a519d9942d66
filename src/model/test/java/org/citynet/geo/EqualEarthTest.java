package org.citynet.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

class EqualEarthTest {
  @Test
  void mapsTheOriginToZeroAndIsSymmetricAboutBothAxes() {
    assertThat(EqualEarth.project(0, 0)).isEqualTo(new Coordinate(0, 0));
    Coordinate p = EqualEarth.project(41.3874, 2.1686);
    assertThat(EqualEarth.project(-41.3874, -2.1686).x).isCloseTo(-p.x, within(1e-6));
    assertThat(EqualEarth.project(-41.3874, -2.1686).y).isCloseTo(-p.y, within(1e-6));
  }

  @Test
  void keepsParallelsStraightAndMeridiansEquallySpaced() {
    Coordinate a = EqualEarth.project(30, 10);
    Coordinate b = EqualEarth.project(30, 20);
    Coordinate c = EqualEarth.project(30, 40);
    assertThat(b.y).isEqualTo(a.y);
    assertThat(c.x).isCloseTo(2 * b.x, within(1e-6));
    assertThat(b.x).isCloseTo(2 * a.x, within(1e-6));
  }

  /** EPSG:8857 values from GDAL 3.6 / PROJ 9 ({@code gdaltransform}), metres. */
  @Test
  void matchesGdalForQuezonCity() {
    Coordinate p = EqualEarth.project(14.6488, 121.0509);
    assertThat(p.x).isCloseTo(11_417_679.23, within(0.01));
    assertThat(p.y).isCloseTo(1_871_877.56, within(0.01));
    // the figures quoted in the project's dependency notes are for Quezon City at 14.6760 N,
    // 121.0437 E, its Wikipedia coordinates
    Coordinate q = EqualEarth.project(14.6760, 121.0437);
    assertThat(q.x).isCloseTo(11_416_337, within(1.0));
    assertThat(q.y).isCloseTo(1_875_315, within(1.0));
  }

  @Test
  void spansTheWholeMapBetweenTheAntimeridiansAndThePoles() {
    assertThat(EqualEarth.project(0, -180).x).isCloseTo(-EqualEarth.MAX_X, within(1e-6));
    assertThat(EqualEarth.project(-90, 45).y).isCloseTo(-EqualEarth.MAX_Y, within(1e-6));
    assertThat(EqualEarth.MAX_X / EqualEarth.MAX_Y).isCloseTo(2.05, within(0.01));
  }

  @Test
  void projectsGeometriesInLonLatOrderWithoutTouchingTheInput() {
    GeometryFactory gf = new GeometryFactory();
    LineString lonLat =
        gf.createLineString(
            new Coordinate[] {new Coordinate(121.0509, 14.6488), new Coordinate(-180, 90)});
    Geometry projected = EqualEarth.project(lonLat);
    assertThat(projected.getCoordinates()[0]).isEqualTo(EqualEarth.project(14.6488, 121.0509));
    assertThat(projected.getCoordinates()[1]).isEqualTo(EqualEarth.project(90, -180));
    assertThat(lonLat.getCoordinateN(0)).isEqualTo(new Coordinate(121.0509, 14.6488));
  }

  @Test
  void agreesWithGdalEverywhereIncludingTheAntimeridianAndPoles(@TempDir Path dir)
      throws IOException {
    ExternalTools.require("gdaltransform", "gdal-bin");
    double[][] latLon = {
      {14.6488, 121.0509},
      {41.3874, 2.1686},
      {-0.1807, -78.4678},
      {52.52, 13.405},
      {31.6295, -7.9811},
      {-18.1416, 178.4419},
      {-13.8333, -171.7667},
      {0, 180},
      {0, -180},
      {45, 180},
      {-60, -180},
      {90, 0},
      {-90, 0},
      {90, 180},
      {-90, -180},
      {89.9999, 12.5},
      {-77.85, 166.67},
      {64.1466, -21.9426},
      {-33.8688, 151.2093},
      {71.2906, -156.7886},
    };
    StringBuilder in = new StringBuilder();
    for (double[] p : latLon) {
      in.append(p[1]).append(' ').append(p[0]).append('\n');
    }
    Path input = dir.resolve("points.txt");
    Files.writeString(input, in, StandardCharsets.US_ASCII);
    ExternalTools.Result r =
        ExternalTools.run(
            List.of(
                "sh",
                "-c",
                "gdaltransform -s_srs '+proj=longlat +datum=WGS84' -t_srs EPSG:8857 < '"
                    + input
                    + "'"),
            60);
    assertThat(r.exitCode()).as(r.output()).isZero();
    List<String> lines = r.output().lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).hasSize(latLon.length);
    for (int i = 0; i < latLon.length; i++) {
      String[] xyz = lines.get(i).trim().split("\\s+");
      Coordinate p = EqualEarth.project(latLon[i][0], latLon[i][1]);
      assertThat(p.x)
          .as("x of %s", lines.get(i))
          .isCloseTo(Double.parseDouble(xyz[0]), within(0.001));
      assertThat(p.y)
          .as("y of %s", lines.get(i))
          .isCloseTo(Double.parseDouble(xyz[1]), within(0.001));
    }
  }
}

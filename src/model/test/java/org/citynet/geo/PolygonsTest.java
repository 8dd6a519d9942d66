package org.citynet.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class PolygonsTest {
  @Test
  void dissolvesNeighboursIntoOnePolygonWithoutTheirSharedBorder() {
    MultiPolygon union =
        Polygons.dissolve(
            List.of(
                wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"),
                wkt("MULTIPOLYGON (((1 0, 2 0, 2 1, 1 1, 1 0)))")));
    assertThat(union.getNumGeometries()).isEqualTo(1);
    assertThat(union.getArea()).isEqualTo(2);
    assertThat(union.getLength()).as("perimeter of the 2 x 1 rectangle").isEqualTo(6);
    assertThat(union.isValid()).isTrue();
  }

  @Test
  void keepsSeparateAreasApartAndCountsOverlapsOnce() {
    MultiPolygon union =
        Polygons.dissolve(
            List.of(
                wkt("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))"),
                wkt("POLYGON ((1 1, 3 1, 3 3, 1 3, 1 1))"),
                wkt("POLYGON ((10 10, 11 10, 11 11, 10 11, 10 10))")));
    assertThat(union.getNumGeometries()).isEqualTo(2);
    assertThat(union.getArea()).isEqualTo(4 + 4 - 1 + 1);
  }

  @Test
  void givesAnEmptyMultiPolygonForNoAreas() {
    MultiPolygon union = Polygons.dissolve(List.of());
    assertThat(union.isEmpty()).isTrue();
    assertThat(union.getSRID()).isEqualTo(4326);
  }

  @Test
  void repairsAnInvalidBowTieIntoItsTwoTriangles() {
    MultiPolygon fixed = Polygons.multiPolygon(wkt("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))"));
    assertThat(fixed.isValid()).isTrue();
    assertThat(fixed.getNumGeometries()).isEqualTo(2);
    assertThat(fixed.getArea()).isEqualTo(2);
  }

  private static Geometry wkt(String text) {
    try {
      return new WKTReader(Geodesics.factory()).read(text);
    } catch (ParseException e) {
      throw new AssertionError(e);
    }
  }
}

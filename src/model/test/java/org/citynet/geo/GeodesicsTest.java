package org.citynet.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicLine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeodesicsTest {
  // Real city positions (lat, lon); expected lengths and the Suva–Apia crossing latitude were
  // measured independently with GeographicLib when the dependencies were chosen.
  private static final double[] SUVA = {-18.1416, 178.4419};
  private static final double[] APIA = {-13.8333, -171.7667};
  private static final double[] ANCHORAGE = {61.2181, -149.9003};
  private static final double[] PETROPAVLOVSK = {53.0452, 158.6483};
  private static final double[] QUITO = {-0.22985, -78.52495};
  private static final double[] QUEZON_CITY = {14.6488, 121.0509};
  private static final double[] MADRID = {40.4168, -3.7038};
  private static final double[] WELLINGTON = {-41.2865, 174.7762};
  private static final double[] BARCELONA = {41.3874, 2.1686};
  private static final double[] BERLIN = {52.52, 13.405};

  /** Degrees of slack when comparing coordinates with expected WKT. */
  private static final double DEG = 1e-3;

  @Nested
  class Length {
    @Test
    void measuresSuvaToApiaOnTheEllipsoid() {
      assertThat(lengthKm(SUVA, APIA)).isCloseTo(1151.1, within(0.5));
    }

    @Test
    void measuresQuitoToQuezonCityOnTheEllipsoid() {
      assertThat(lengthKm(QUITO, QUEZON_CITY)).isCloseTo(17344.8, within(1.0));
    }

    @Test
    void isSymmetricAndZeroForOnePoint() {
      assertThat(lengthKm(APIA, SUVA)).isCloseTo(lengthKm(SUVA, APIA), within(1e-9));
      assertThat(lengthKm(SUVA, SUVA)).isZero();
    }
  }

  @Nested
  class Antimeridian {
    @Test
    void cutsSuvaToApiaExactlyOnTheAntimeridian() {
      checkLine(
          SUVA,
          APIA,
          1e4,
          "MULTILINESTRING ((178.4419 -18.1416, 180 -17.499), (-180 -17.499, -171.7667 -13.8333))");
    }

    @Test
    void cutsApiaToSuvaTheOtherWayRound() {
      checkLine(
          APIA,
          SUVA,
          1e4,
          "MULTILINESTRING ((-171.7667 -13.8333, -180 -17.499), (180 -17.499, 178.4419 -18.1416))");
    }

    @Test
    void splitsAnchorageToPetropavlovskWithTheCutOnTheGeodesic() {
      MultiLineString line = checkSplit(ANCHORAGE, PETROPAVLOVSK);
      assertThat(line.getGeometryN(0).getCoordinates()[0].x).isEqualTo(ANCHORAGE[1]);
      assertThat(line.getGeometryN(0).getCoordinates()[0].y).isEqualTo(ANCHORAGE[0]);
    }

    @Test
    void splitsQuitoToQuezonCityWithTheCutOnTheGeodesic() {
      checkSplit(QUITO, QUEZON_CITY);
    }

    @Test
    void drawsNearlyAntipodalCitiesWithoutLongSegments() {
      Geometry line = checkDensified(MADRID, WELLINGTON);
      assertThat(lengthKm(MADRID, WELLINGTON)).isGreaterThan(19_000);
      assertThat(line.getNumPoints()).isGreaterThan(19_000 / 1000);
    }

    @Test
    void keepsACityOnTheAntimeridianOnTheSideTheLineRunsTo() {
      double[] onAntimeridian = {-16.5, 180};
      checkLine(onAntimeridian, SUVA, 1e4, "LINESTRING (180 -16.5, 178.4419 -18.1416)");
      checkLine(
          new double[] {-16.5, -180}, APIA, 1e4, "LINESTRING (-180 -16.5, -171.7667 -13.8333)");
    }
  }

  @Nested
  class Densification {
    @Test
    void leavesBarcelonaToBerlinInOnePiece() {
      Geometry line = checkDensified(BARCELONA, BERLIN);
      assertThat(line.getGeometryType()).isEqualTo(Geometry.TYPENAME_LINESTRING);
      Geometry stepped = Geodesics.line(BARCELONA[0], BARCELONA[1], BERLIN[0], BERLIN[1], 50);
      assertThat(stepped.getNumPoints() - 1)
          .isEqualTo((int) Math.ceil(lengthKm(BARCELONA, BERLIN) / 50));
    }

    @Test
    void givesJustTheEndPointsWhenTheStepIsLongerThanTheLine() {
      checkLine(BARCELONA, BERLIN, 5000, "LINESTRING (2.1686 41.3874, 13.405 52.52)");
    }

    @Test
    void givesAZeroLengthLineForOnePoint() {
      checkLine(BERLIN, BERLIN, 50, "LINESTRING (13.405 52.52, 13.405 52.52)");
    }

    @Test
    void rejectsANonPositiveStep() {
      assertThatThrownBy(() -> Geodesics.line(0, 0, 1, 1, 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class WithinATolerance {
    private static final double[] TROMSO = {69.6492, 18.9553};
    private static final double[] NEAR_NORTH_POLE = {89.5, 10};
    private static final double[] NEAR_SOUTH_POLE = {-88, -120};
    private static final double[] MCMURDO = {-77.8419, 166.6863};

    @Test
    void keepsEveryChordWithinOneKilometreOnLongShortPolarAndAntimeridianLinks() {
      double[][][] pairs = {
        {MADRID, WELLINGTON},
        {QUITO, QUEZON_CITY},
        {BARCELONA, BERLIN},
        {BARCELONA, {41.40, 2.20}},
        {SUVA, APIA},
        {ANCHORAGE, PETROPAVLOVSK},
        {TROMSO, ANCHORAGE},
        {NEAR_NORTH_POLE, {89.5, -170}},
        {NEAR_SOUTH_POLE, MCMURDO},
        {MCMURDO, {-33.87, 151.21}},
      };
      for (double[][] pair : pairs) {
        Geometry line = checkDensified(pair[0], pair[1]);
        assertThat(maxDeviationKm(line, pair[0], pair[1]))
            .as("%s to %s", List.of(pair[0][0], pair[0][1]), List.of(pair[1][0], pair[1][1]))
            .isLessThanOrEqualTo(Geodesics.DEFAULT_TOLERANCE_KM);
      }
    }

    @Test
    void needsFarFewerVerticesThanEqualStepsOf50Km() {
      Geometry adaptive = Geodesics.line(MADRID[0], MADRID[1], WELLINGTON[0], WELLINGTON[1]);
      Geometry stepped = Geodesics.line(MADRID[0], MADRID[1], WELLINGTON[0], WELLINGTON[1], 50);
      assertThat(adaptive.getNumPoints()).isLessThan(stepped.getNumPoints() / 2);
    }

    @Test
    void addsVerticesAsTheToleranceShrinks() {
      int coarse =
          Geodesics.lineWithin(QUITO[0], QUITO[1], QUEZON_CITY[0], QUEZON_CITY[1], 10)
              .getNumPoints();
      Geometry fine = Geodesics.lineWithin(QUITO[0], QUITO[1], QUEZON_CITY[0], QUEZON_CITY[1], 0.1);
      assertThat(fine.getNumPoints()).isGreaterThan(coarse * 2);
      assertThat(maxDeviationKm(fine, QUITO, QUEZON_CITY)).isLessThanOrEqualTo(0.1);
    }

    @Test
    void rejectsANonPositiveTolerance() {
      assertThatThrownBy(() -> Geodesics.lineWithin(0, 0, 1, 1, 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class OnAnEqualEarthMap {
    /** A tenth of a point on a 680-point-wide world map, in Equal Earth metres. */
    private static final double TOLERANCE_M = 0.1 * 2 * EqualEarth.MAX_X / 680;

    @Test
    void staysWithinTheToleranceOfTheDensifiedGeodesicWithFarFewerVertices() {
      double[][][] pairs = {
        {BARCELONA, BERLIN},
        {MADRID, WELLINGTON},
        {QUITO, QUEZON_CITY},
        {ANCHORAGE, PETROPAVLOVSK},
        {SUVA, APIA},
        // Longyearbyen to McMurdo Station: pole to pole, where Equal Earth bends lines most
        {{78.2232, 15.6267}, {-77.8419, 166.6863}}
      };
      for (double[][] pair : pairs) {
        double[] a = pair[0];
        double[] b = pair[1];
        Geometry adaptive = Geodesics.equalEarthLine(a[0], a[1], b[0], b[1], TOLERANCE_M);
        Geometry dense = EqualEarth.project(Geodesics.line(a[0], a[1], b[0], b[1], 1));
        assertThat(adaptive.getNumGeometries()).isEqualTo(dense.getNumGeometries());
        for (int g = 0; g < dense.getNumGeometries(); g++) {
          Geometry piece = adaptive.getGeometryN(g);
          Coordinate[] onGeodesic = dense.getGeometryN(g).getCoordinates();
          for (Coordinate c : onGeodesic) {
            assertThat(piece.distance(piece.getFactory().createPoint(c)))
                .as("pair %d, piece %d", List.of(pairs).indexOf(pair), g)
                .isLessThanOrEqualTo(TOLERANCE_M);
          }
          Coordinate[] drawn = piece.getCoordinates();
          assertThat(drawn[0].distance(onGeodesic[0])).isLessThan(1e-3);
          assertThat(drawn[drawn.length - 1].distance(onGeodesic[onGeodesic.length - 1]))
              .isLessThan(1e-3);
        }
        assertThat(adaptive.getNumPoints()).isLessThan(dense.getNumPoints() / 20 + 10);
      }
    }

    @Test
    void cutsQuitoToQuezonCityAtTheMapEdgesOnBothSides() {
      Geometry line =
          Geodesics.equalEarthLine(QUITO[0], QUITO[1], QUEZON_CITY[0], QUEZON_CITY[1], 5000);
      assertThat(line.getNumGeometries()).isEqualTo(2);
      Coordinate[] first = line.getGeometryN(0).getCoordinates();
      Coordinate[] second = line.getGeometryN(1).getCoordinates();
      Coordinate end = first[first.length - 1];
      Coordinate start = second[0];
      Coordinate[] denseFirst =
          EqualEarth.project(Geodesics.line(QUITO[0], QUITO[1], QUEZON_CITY[0], QUEZON_CITY[1]))
              .getGeometryN(0)
              .getCoordinates();
      // the cut is the GeoPackage line's, which lies at exactly ±180°: the edge of the map
      assertThat(end.distance(denseFirst[denseFirst.length - 1])).isLessThan(1e-3);
      assertThat(start.x).isCloseTo(-end.x, within(1e-6));
      assertThat(start.y).isEqualTo(end.y);
      for (int g = 0; g < 2; g++) {
        Coordinate[] cs = line.getGeometryN(g).getCoordinates();
        for (int i = 1; i < cs.length; i++) {
          assertThat(Math.abs(cs[i].x - cs[i - 1].x)).isLessThan(EqualEarth.MAX_X);
        }
      }
    }

    @Test
    void rejectsANonPositiveTolerance() {
      assertThatThrownBy(() -> Geodesics.equalEarthLine(0, 0, 1, 1, 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  /**
   * How far vertex c lies from the geodesic a–b, in metres: the angle between the geodesics from a
   * to b and from a to c, times the distance to c (the first-order offset, exact enough below 1 m).
   */
  private static double offGeodesicM(double[] a, double[] b, Coordinate c) {
    var ab = Geodesic.WGS84.Inverse(a[0], a[1], b[0], b[1]);
    var ac = Geodesic.WGS84.Inverse(a[0], a[1], c.y, c.x);
    var cb = Geodesic.WGS84.Inverse(c.y, c.x, b[0], b[1]);
    if (ac.s12 < 1 || cb.s12 < 1) {
      return Math.min(ac.s12, cb.s12);
    }
    double angle = Math.toRadians(Math.abs(((ab.azi1 - ac.azi1) % 360 + 540) % 360 - 180));
    return Math.sin(angle) * ac.s12;
  }

  /**
   * The largest distance, in km, from a point of the polyline's straight longitude/latitude chords
   * (each sampled at 32 points) to the geodesic a–b (found for each sample by golden-section search
   * along the geodesic segment between the chord's ends, widened by a tenth on each side).
   */
  private static double maxDeviationKm(Geometry line, double[] a, double[] b) {
    GeodesicLine geodesic = Geodesic.WGS84.InverseLine(a[0], a[1], b[0], b[1]);
    double worst = 0;
    for (int g = 0; g < line.getNumGeometries(); g++) {
      Coordinate[] cs = line.getGeometryN(g).getCoordinates();
      for (int i = 1; i < cs.length; i++) {
        double s0 = Geodesic.WGS84.Inverse(a[0], a[1], cs[i - 1].y, cs[i - 1].x).s12;
        double s1 = Geodesic.WGS84.Inverse(a[0], a[1], cs[i].y, cs[i].x).s12;
        double pad = Math.abs(s1 - s0) / 10 + 1;
        double lo = Math.max(0, Math.min(s0, s1) - pad);
        double hi = Math.min(geodesic.Distance(), Math.max(s0, s1) + pad);
        for (int k = 1; k < 32; k++) {
          double t = k / 32.0;
          double lat = cs[i - 1].y + t * (cs[i].y - cs[i - 1].y);
          double lon = cs[i - 1].x + t * (cs[i].x - cs[i - 1].x);
          worst = Math.max(worst, distanceToGeodesicM(geodesic, lo, hi, lat, lon) / 1000);
        }
      }
    }
    return worst;
  }

  private static double distanceToGeodesicM(
      GeodesicLine geodesic, double lo, double hi, double lat, double lon) {
    // a coarse scan first, so the golden-section search starts in the right valley
    int coarse = 16;
    double best = Double.POSITIVE_INFINITY;
    double bestS = lo;
    for (int j = 0; j <= coarse; j++) {
      double s = lo + (hi - lo) * j / coarse;
      double d = distanceM(geodesic, s, lat, lon);
      if (d < best) {
        best = d;
        bestS = s;
      }
    }
    double step = (hi - lo) / coarse;
    double x0 = Math.max(lo, bestS - step);
    double x1 = Math.min(hi, bestS + step);
    double ratio = (Math.sqrt(5) - 1) / 2;
    while (x1 - x0 > 0.5) {
      double m0 = x1 - ratio * (x1 - x0);
      double m1 = x0 + ratio * (x1 - x0);
      if (distanceM(geodesic, m0, lat, lon) < distanceM(geodesic, m1, lat, lon)) {
        x1 = m1;
      } else {
        x0 = m0;
      }
    }
    return Math.min(best, distanceM(geodesic, (x0 + x1) / 2, lat, lon));
  }

  private static double distanceM(GeodesicLine geodesic, double s, double lat, double lon) {
    var p = geodesic.Position(s);
    return Geodesic.WGS84.Inverse(p.lat2, p.lon2, lat, lon).s12;
  }

  private static double lengthKm(double[] a, double[] b) {
    return Geodesics.lengthKm(a[0], a[1], b[0], b[1]);
  }

  /** Checks the line from a to b against WKT, vertex by vertex, within {@link #DEG}. */
  private static void checkLine(double[] a, double[] b, double maxStepKm, String expectedWkt) {
    Geometry actual = Geodesics.line(a[0], a[1], b[0], b[1], maxStepKm);
    Geometry expected = read(expectedWkt);
    assertThat(actual.getGeometryType()).isEqualTo(expected.getGeometryType());
    assertThat(actual.getNumGeometries()).isEqualTo(expected.getNumGeometries());
    assertThat(actual.equalsExact(expected, DEG)).as("%s%nexpected %s", actual, expected).isTrue();
  }

  /**
   * Checks the default line from a to b: in [-180, 180], no segment spanning 180° of longitude,
   * every vertex on the geodesic (within 1 m of it, and segment lengths add up to its length), ends
   * at the input points.
   */
  private static Geometry checkDensified(double[] a, double[] b) {
    Geometry line = Geodesics.line(a[0], a[1], b[0], b[1]);
    assertThat(line.getSRID()).isEqualTo(4326);
    double sumKm = 0;
    for (int g = 0; g < line.getNumGeometries(); g++) {
      Coordinate[] cs = line.getGeometryN(g).getCoordinates();
      for (int i = 1; i < cs.length; i++) {
        assertThat(Math.abs(cs[i].x - cs[i - 1].x)).isLessThan(180);
        sumKm += Geodesics.lengthKm(cs[i - 1].y, cs[i - 1].x, cs[i].y, cs[i].x);
      }
      for (Coordinate c : cs) {
        assertThat(c.x).isBetween(-180.0, 180.0);
        assertThat(offGeodesicM(a, b, c)).as("vertex %s", c).isLessThan(1);
      }
    }
    assertThat(sumKm).isCloseTo(lengthKm(a, b), within(1e-3));
    Coordinate[] all = line.getCoordinates();
    assertThat(all[0]).isEqualTo(new Coordinate(a[1], a[0]));
    assertThat(all[all.length - 1]).isEqualTo(new Coordinate(b[1], b[0]));
    return line;
  }

  /**
   * Checks a densified line that crosses the antimeridian once, at the same point on both sides.
   */
  private static MultiLineString checkSplit(double[] a, double[] b) {
    Geometry line = checkDensified(a, b);
    assertThat(line.getGeometryType()).isEqualTo(Geometry.TYPENAME_MULTILINESTRING);
    assertThat(line.getNumGeometries()).isEqualTo(2);
    Coordinate[] first = line.getGeometryN(0).getCoordinates();
    Coordinate[] second = line.getGeometryN(1).getCoordinates();
    Coordinate cutEnd = first[first.length - 1];
    Coordinate cutStart = second[0];
    assertThat(Math.abs(cutEnd.x)).isEqualTo(180);
    assertThat(cutStart.x).isEqualTo(-cutEnd.x);
    assertThat(cutStart.y).isEqualTo(cutEnd.y);
    double viaCutKm =
        lengthKm(a, new double[] {cutEnd.y, cutEnd.x})
            + lengthKm(new double[] {cutEnd.y, cutEnd.x}, b);
    assertThat(viaCutKm).isCloseTo(lengthKm(a, b), within(1e-3));
    return (MultiLineString) line;
  }

  private static Geometry read(String wkt) {
    try {
      return new WKTReader().read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }
}

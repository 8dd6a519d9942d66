package org.citynet.analysis.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.citynet.graph.CityGraph;
import org.citynet.model.DistanceDecayCurve;
import org.citynet.model.DistanceDecayCurve.Band;
import org.junit.jupiter.api.Test;

class PairCountsTest {
  private static final double R = DistanceDecay.AUTHALIC_RADIUS_KM;
  private static final double HALF_CIRCUMFERENCE = Math.PI * R;

  /** The default bands: 10 km, then 5 per decade up to half the circumference. */
  private static final double[] DEFAULT_KM = logSpaced(10, 5);

  /** Narrow bands (1 km, 20 per decade): many node pairs straddle several edges. */
  private static final double[] NARROW_KM = logSpaced(1, 20);

  private static double[] logSpaced(double minKm, int perDecade) {
    return DoubleStream.iterate(0, k -> k + 1)
        .map(k -> Math.min(HALF_CIRCUMFERENCE, minKm * Math.pow(10, k / perDecade)))
        .takeWhile(km -> km < HALF_CIRCUMFERENCE)
        .flatMap(
            km ->
                km * Math.pow(10, 1.0 / perDecade) >= HALF_CIRCUMFERENCE
                    ? DoubleStream.of(km, HALF_CIRCUMFERENCE)
                    : DoubleStream.of(km))
        .toArray();
  }

  /** The reference: every pair by the per-pair rule. */
  private static long[] pairByPair(UnitVectors p, DistanceBands bands) {
    long[] counts = new long[bands.count()];
    for (int i = 0; i < p.size(); i++) {
      for (int j = i + 1; j < p.size(); j++) {
        counts[bands.of(p.dot(i, j))]++;
      }
    }
    return counts;
  }

  private static void assertSameAsPairByPair(double[] lat, double[] lon) {
    UnitVectors p = UnitVectors.of(lat, lon);
    for (double[] upperKm : new double[][] {DEFAULT_KM, NARROW_KM}) {
      DistanceBands bands = new DistanceBands(upperKm);
      long[] expected = pairByPair(p, bands);
      assertThat(PairCounts.exact(p, bands))
          .as("%d bands", upperKm.length)
          .containsExactly(expected);
    }
  }

  /** The point {@code km} from (lat, lon) in direction {@code azimuth}, degrees, on the sphere. */
  private static double[] destination(double lat, double lon, double azimuth, double km) {
    double phi = Math.toRadians(lat);
    double alpha = Math.toRadians(azimuth);
    double theta = km / R;
    double phi2 =
        Math.asin(
            Math.sin(phi) * Math.cos(theta) + Math.cos(phi) * Math.sin(theta) * Math.cos(alpha));
    double dLambda =
        Math.atan2(
            Math.sin(alpha) * Math.sin(theta) * Math.cos(phi),
            Math.cos(theta) - Math.sin(phi) * Math.sin(phi2));
    return new double[] {Math.toDegrees(phi2), lon + Math.toDegrees(dLambda)};
  }

  @Test
  void bandsAreStrictlyIncreasingUpToHalfTheCircumference() {
    // Guards the fixture itself: the same shape as DistanceDecay's bands.
    for (double[] km : new double[][] {DEFAULT_KM, NARROW_KM}) {
      for (int k = 1; k < km.length; k++) {
        assertThat(km[k]).isGreaterThan(km[k - 1]);
      }
      assertThat(km[km.length - 1]).isEqualTo(HALF_CIRCUMFERENCE);
    }
    assertThat(DEFAULT_KM).hasSize(18);
  }

  @Test
  void countsNoPairsForNoneOrOneCityAndOnePairForTwo() {
    DistanceBands bands = new DistanceBands(DEFAULT_KM);
    assertThat(PairCounts.exact(UnitVectors.of(new double[0], new double[0]), bands))
        .containsOnly(0L);
    assertThat(PairCounts.exact(UnitVectors.of(new double[] {10}, new double[] {20}), bands))
        .containsOnly(0L);
    // Two cities 500 km apart on the equator: upper edges 10·10^(k/5) km, so band 9, [398, 631).
    long[] two =
        PairCounts.exact(
            UnitVectors.of(new double[2], new double[] {0, Math.toDegrees(500 / R)}), bands);
    long[] expected = new long[bands.count()];
    expected[9] = 1;
    assertThat(two).containsExactly(expected);
  }

  @Test
  void equalsThePairByPairCountOnRandomPointsOfTheSphere() {
    SplittableRandom rng = new SplittableRandom(1);
    int n = 3000;
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (int i = 0; i < n; i++) {
      lat[i] = Math.toDegrees(Math.asin(2 * rng.nextDouble() - 1)); // uniform on the sphere
      lon[i] = 360 * rng.nextDouble() - 180;
    }
    assertSameAsPairByPair(lat, lon);
  }

  @Test
  void equalsThePairByPairCountOnClustersWithDuplicatesAndTheirAntipodes() {
    SplittableRandom rng = new SplittableRandom(2);
    int clusters = 6;
    int perCluster = 250;
    double[] lat = new double[2 * clusters * perCluster];
    double[] lon = new double[lat.length];
    int i = 0;
    for (int c = 0; c < clusters; c++) {
      double cLat = 170 * rng.nextDouble() - 85;
      double cLon = 360 * rng.nextDouble() - 180;
      for (int k = 0; k < perCluster; k++) {
        // A third at the centre itself, the rest within a few km to a few hundred.
        double km = k % 3 == 0 ? 0 : Math.pow(10, 3 * rng.nextDouble() - 0.5);
        double[] q = destination(cLat, cLon, 360 * rng.nextDouble(), km);
        lat[i] = q[0];
        lon[i++] = q[1];
        // Its mirror near the antipode of the centre: pairs at nearly half the circumference.
        lat[i] = -q[0];
        lon[i++] = q[1] + 180 + (k % 2 == 0 ? 0 : 1e-7 * rng.nextDouble());
      }
    }
    assertSameAsPairByPair(lat, lon);
  }

  @Test
  void equalsThePairByPairCountForPairsAtAndAroundBandEdges() {
    SplittableRandom rng = new SplittableRandom(3);
    double[][] centres = {{0, 0}, {48.2, 16.4}, {-33.9, 151.2}, {89.9, 10}};
    int perCentre = 4 * (1 + 3 * (DEFAULT_KM.length + NARROW_KM.length));
    double[] lat = new double[centres.length * perCentre];
    double[] lon = new double[lat.length];
    int i = 0;
    for (double[] c : centres) {
      for (int copy = 0; copy < 4; copy++) {
        lat[i] = c[0];
        lon[i++] = c[1];
        for (double[] edges : new double[][] {DEFAULT_KM, NARROW_KM}) {
          for (double edge : edges) {
            // At the edge and 1e-12 (relative) either side: rounding decides each pair's side.
            for (double offset : new double[] {-1e-12, 0, 1e-12}) {
              double[] q = destination(c[0], c[1], 360 * rng.nextDouble(), edge * (1 + offset));
              lat[i] = q[0];
              lon[i++] = q[1];
            }
          }
        }
      }
    }
    assertSameAsPairByPair(lat, lon);
  }

  @Test
  void putsPairsExactlyAtAnEdgeInTheFartherBand() {
    // On the equator at longitudes 0 and 3°, the dot product is exactly cos(toRadians(3)); an edge
    // E with E / R == toRadians(3) in doubles has that very cosine.
    double angle = Math.toRadians(3);
    double edgeKm = angle * R;
    while (edgeKm / R != angle) {
      edgeKm = edgeKm / R < angle ? Math.nextUp(edgeKm) : Math.nextDown(edgeKm);
    }
    DistanceBands bands = new DistanceBands(new double[] {10, edgeKm, 1000, HALF_CIRCUMFERENCE});
    int copies = 40;
    double[] lon = new double[2 * copies];
    Arrays.fill(lon, copies, lon.length, 3);
    UnitVectors p = UnitVectors.of(new double[lon.length], lon);
    assertThat(p.dot(0, copies)).isEqualTo(bands.cosUpper(1));

    long within = 2 * copies * (copies - 1) / 2;
    assertThat(PairCounts.exact(p, bands))
        .containsExactly(within, 0, (long) copies * copies, 0)
        .containsExactly(pairByPair(p, bands));
  }

  @Test
  void equalsThePairByPairCountOnARealNetworkThroughDistanceDecay() {
    CityGraph g = FixtureNetworks.load("wikidata-pt-ie");
    double[] lat = g.cities().stream().mapToDouble(c -> c.lat()).toArray();
    double[] lon = g.cities().stream().mapToDouble(c -> c.lon()).toArray();
    long[] expected = pairByPair(UnitVectors.of(lat, lon), new DistanceBands(DEFAULT_KM));

    DistanceDecayCurve profile = DistanceDecay.withDefaults().measure(g.compact(), lat, lon);

    assertThat(profile.exactPairs()).isTrue();
    assertThat(profile.bands().stream().mapToDouble(Band::pairs).toArray())
        .containsExactly(Arrays.stream(expected).asDoubleStream().toArray());
  }

  @Test
  void countsPairsWithNaNCoordinatesInTheLastBandLikeThePairByPairRule() {
    // Not valid input, but a NaN must not let a node pair's bounds group other cities' pairs.
    SplittableRandom rng = new SplittableRandom(4);
    double[] lat = new double[500];
    double[] lon = new double[500];
    for (int i = 0; i < lat.length; i++) {
      lat[i] = i % 97 == 0 ? Double.NaN : 10 * rng.nextDouble() + 40;
      lon[i] = 10 * rng.nextDouble();
    }
    assertSameAsPairByPair(lat, lon);
  }
}

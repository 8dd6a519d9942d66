package org.citynet.analysis.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CompactGraph;
import org.citynet.model.DistanceDecayCurve;
import org.citynet.model.DistanceDecayCurve.Band;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DistanceDecayTest {
  /** One band per decade from 10 km, pairs always counted exactly. */
  private static final DistanceDecay DECADES = DistanceDecay.of(10, 1, 1000, 1, 1);

  /** Longitude on the equator that lies {@code km} east of 0°, on the authalic sphere. */
  private static double equatorKm(double km) {
    return Math.toDegrees(km / DistanceDecay.AUTHALIC_RADIUS_KM);
  }

  @Nested
  class HandChecked {
    // Cities on the equator at 0, 50, 500 and 5,000 km; links 0-1, 0-2, 1-3.
    private final CompactGraph graph =
        CompactGraph.fromEdges(
            4, List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 3}), null);
    private final DistanceDecayCurve profile =
        DECADES.measure(
            graph, new double[4], new double[] {0, equatorKm(50), equatorKm(500), equatorKm(5000)});

    @Test
    void countsLinksAndPairsPerDecade() {
      // Pairs: 50 km; 450 and 500 km; 4,500, 4,950 and 5,000 km.
      assertThat(profile.bands()).extracting(Band::links).containsExactly(0L, 1L, 1L, 1L, 0L);
      assertThat(profile.bands()).extracting(Band::pairs).containsExactly(0.0, 1.0, 2.0, 3.0, 0.0);
      assertThat(profile.bands()).extracting(Band::pairsStandardError).containsOnly(0.0);
      assertThat(profile.exactPairs()).isTrue();
      assertThat(profile.bands().get(4).upperKm())
          .isCloseTo(Math.PI * DistanceDecay.AUTHALIC_RADIUS_KM, within(1e-9));
    }

    @Test
    void fitsTheSlopeThroughTheBandCentres() {
      // Points (1.5, 0), (2.5, -a), (3.5, -b) with a = log10 2, b = log10 3.
      double a = Math.log10(2);
      double b = Math.log10(3);

      assertThat(profile.fittedBands()).isEqualTo(3);
      assertThat(profile.exponent()).isCloseTo(-b / 2, within(1e-12));
      // Middle residual r = (b - 2a) / 3, the outer ones -r/2: SSE = 1.5 r², Sxx = 2, 1 df.
      double se = Math.sqrt(0.75) * Math.abs(b - 2 * a) / 3;
      assertThat(profile.standardError()).isCloseTo(se, within(1e-12));
      double t = Math.tan(Math.PI * 0.475); // Student's t, 1 df, 97.5%
      assertThat(profile.lower95()).isCloseTo(-b / 2 - t * se, within(1e-9));
      assertThat(profile.upper95()).isCloseTo(-b / 2 + t * se, within(1e-9));
      assertThat(profile.intercept()).isCloseTo(-(a + b) / 3 + b / 2 * 2.5, within(1e-12));
    }

    @Test
    void leavesTheFirstBandOutOfTheFit() {
      // Two cities at the same place, linked: a pair and a link in [0, 10 km), nothing to profile.
      DistanceDecayCurve p =
          DECADES.measure(
              CompactGraph.fromEdges(2, List.of(new int[] {0, 1}), null),
              new double[] {48.2, 48.2},
              new double[] {16.4, 16.4});

      assertThat(p.bands().get(0).links()).isEqualTo(1);
      assertThat(p.bands().get(0).pairs()).isEqualTo(1.0);
      assertThat(p.fittedBands()).isZero();
      assertThat(p.exponent()).isNaN();
    }
  }

  @Test
  void bandsAgreeWithGeographicLibGeodesicsOutsideAOnePercentMargin() {
    // The sphere differs from the WGS84 geodesic by at most about 0.56%, so a pair 1% off a band
    // edge must land on the same side of it as its geodesic length says.
    DistanceDecay decay = DistanceDecay.of(10, 5, 1000, 1, 1);
    Random rng = new Random(5);
    for (int i = 0; i < 2000; i++) {
      int band = 1 + rng.nextInt(16);
      double edgeKm = 10 * Math.pow(10, band / 5.0);
      double km = edgeKm * (rng.nextBoolean() ? 0.99 : 1.01);
      double lat = -89 + 178 * rng.nextDouble();
      double lon = -180 + 360 * rng.nextDouble();
      GeodesicData g = Geodesic.WGS84.Direct(lat, lon, 360 * rng.nextDouble(), km * 1000);
      DistanceDecayCurve p =
          decay.measure(
              CompactGraph.fromEdges(2, List.of(new int[] {0, 1}), null),
              new double[] {lat, g.lat2},
              new double[] {lon, g.lon2});

      int expected = km < edgeKm ? band : band + 1;
      assertThat(p.bands().get(expected).links())
          .as("%.1f km from %.3f,%.3f", km, lat, lon)
          .isOne();
    }
  }

  @Test
  void sampledPairsEstimateTheExactCountsWithinTheirStandardErrors() {
    CityGraph g = FixtureNetworks.load("wikidata-pt-ie");
    double[] lat = g.cities().stream().mapToDouble(c -> c.lat()).toArray();
    double[] lon = g.cities().stream().mapToDouble(c -> c.lon()).toArray();
    DistanceDecayCurve exact = DistanceDecay.withDefaults().measure(g.compact(), lat, lon);
    DistanceDecayCurve sampled =
        DistanceDecay.of(10, 5, 0, 2_000_000, 3).measure(g.compact(), lat, lon);

    assertThat(sampled.exactPairs()).isFalse();
    assertThat(sampled.sampledPairs()).isEqualTo(2_000_000);
    double n = lat.length;
    assertThat(sampled.bands().stream().mapToDouble(Band::pairs).sum())
        .isCloseTo(n * (n - 1) / 2, within(1e-6));
    for (int k = 0; k < exact.bands().size(); k++) {
      Band e = exact.bands().get(k);
      Band s = sampled.bands().get(k);
      assertThat(s.links()).isEqualTo(e.links());
      assertThat(s.pairs())
          .as("band %d", k)
          .isCloseTo(e.pairs(), within(5 * s.pairsStandardError() + 1e-9));
    }
    assertThat(DistanceDecay.of(10, 5, 0, 2_000_000, 3).measure(g.compact(), lat, lon))
        .isEqualTo(sampled);
  }

  @Test
  void rejectsParametersOutOfRange() {
    assertThatThrownBy(() -> DistanceDecay.of(0, 5, 10, 10, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimum distance");
    assertThatThrownBy(() -> DistanceDecay.of(10, 0, 10, 10, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bins per decade");
    assertThatThrownBy(() -> DistanceDecay.of(10, 5, 10, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DistanceDecay.of(1e-3, 200, 10, 10, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 1000");
    CompactGraph two = CompactGraph.fromEdges(2, List.of(), null);
    assertThatThrownBy(() -> DECADES.measure(two, new double[1], new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("for 2 cities");
  }
}

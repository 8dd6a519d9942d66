package org.citynet.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class ClusterFootprintsTest {
  // Real city positions as WKT, x = longitude, y = latitude.
  private static final String EUROPE_AND_SOUTH_AMERICA =
      "MULTIPOINT ((-9.1393 38.7223), (-3.7038 40.4168), (2.3522 48.8566), (13.405 52.52),"
          + " (12.4964 41.9028), (-46.6333 -23.5505), (-43.1729 -22.9068),"
          + " (-58.3816 -34.6037), (-70.6693 -33.4489), (-77.0428 -12.0464))";
  private static final String FIJI_SAMOA_TONGA =
      "MULTIPOINT ((178.4419 -18.1416), (177.4167 -17.8), (179.3644 -16.4333),"
          + " (-171.7667 -13.8333), (-175.2018 -21.1394))";

  @Test
  void drawsEuropeAndSouthAmericaAsSeparateAreasNotOneAcrossTheAtlantic() {
    MultiPolygon footprint = checkFootprint(EUROPE_AND_SOUTH_AMERICA);
    assertThat(footprint.getNumGeometries()).isGreaterThanOrEqualTo(2);
    for (int i = 0; i < footprint.getNumGeometries(); i++) {
      Envelope e = footprint.getGeometryN(i).getEnvelopeInternal();
      assertThat(e.getMaxX() < -30 || e.getMinX() > -20)
          .as("polygon %d spans the Atlantic: %s", i, e)
          .isTrue();
    }
  }

  @Test
  void cutsAnAreaAroundFijiAndSamoaAtTheAntimeridianInsteadOfWrappingTheGlobe() {
    MultiPolygon footprint = checkFootprint(FIJI_SAMOA_TONGA);
    double totalWidth = 0;
    boolean touchesEast = false;
    boolean touchesWest = false;
    for (int i = 0; i < footprint.getNumGeometries(); i++) {
      Envelope e = footprint.getGeometryN(i).getEnvelopeInternal();
      totalWidth += e.getWidth();
      touchesEast |= e.getMaxX() == 180;
      touchesWest |= e.getMinX() == -180;
    }
    assertThat(totalWidth).isLessThan(20);
    assertThat(touchesEast).isTrue();
    assertThat(touchesWest).isTrue();
  }

  @Test
  void drawsOneCityAsABufferedPoint() {
    MultiPolygon footprint = checkFootprint("MULTIPOINT ((13.405 52.52))");
    assertThat(footprint.getNumGeometries()).isEqualTo(1);
    assertThat(footprint.getArea())
        .isCloseTo(Math.PI * Math.pow(ClusterFootprints.DEFAULT_BUFFER_DEGREES, 2), within(0.01));
  }

  @Test
  void drawsTwoNearbyCitiesAsOneBufferedSegment() {
    MultiPolygon footprint = checkFootprint("MULTIPOINT ((13.405 52.52), (14.55 53.43))");
    assertThat(footprint.getNumGeometries()).isEqualTo(1);
    assertThat(footprint.covers(read("LINESTRING (13.405 52.52, 14.55 53.43)"))).isTrue();
  }

  @Test
  void clipsAnAreaAtThePole() {
    MultiPolygon footprint = checkFootprint("MULTIPOINT ((0 89.9), (120 89.8), (-120 89.7))");
    assertThat(footprint.getEnvelopeInternal().getMaxY()).isEqualTo(90);
  }

  @Test
  void givesNothingForNoMembers() {
    assertThat(ClusterFootprints.footprint(List.of()).isEmpty()).isTrue();
  }

  @Test
  void keepsFarApartCitiesApartWhenTheLinkageIsShort() {
    MultiPolygon footprint =
        ClusterFootprints.footprint(
            coordinates(read("MULTIPOINT ((13.405 52.52), (14.55 53.43), (2.3522 48.8566))")),
            100,
            0.1);
    assertThat(footprint.getNumGeometries()).isEqualTo(3);
  }

  /**
   * Checks the default footprint of the WKT cities: valid, within the world, covering every city.
   */
  private static MultiPolygon checkFootprint(String citiesWkt) {
    Geometry cities = read(citiesWkt);
    MultiPolygon footprint = ClusterFootprints.footprint(coordinates(cities));
    assertThat(footprint.isValid()).as("valid: %s", footprint).isTrue();
    assertThat(footprint.getSRID()).isEqualTo(4326);
    assertThat(new Envelope(-180, 180, -90, 90).covers(footprint.getEnvelopeInternal())).isTrue();
    assertThat(footprint.covers(cities)).as("covers %s: %s", cities, footprint).isTrue();
    return footprint;
  }

  private static List<Coordinate> coordinates(Geometry points) {
    return new ArrayList<>(List.of(points.getCoordinates()));
  }

  private static Geometry read(String wkt) {
    try {
      return new WKTReader().read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  @Test
  void groupsExactlyAsComparingEveryPairWouldForAnyLinkage() {
    SplittableRandom random = new SplittableRandom(11);
    List<Coordinate> members = new ArrayList<>();
    // dense clumps, scattered cities, two cities 10 m apart and a duplicate
    for (int clump = 0; clump < 6; clump++) {
      double lat = random.nextDouble(-60, 60);
      double lon = random.nextDouble(-180, 180);
      for (int k = 0; k < 150; k++) {
        members.add(
            new Coordinate(wrap(lon + random.nextGaussian() * 4), lat + random.nextGaussian() * 3));
      }
    }
    for (int k = 0; k < 300; k++) {
      members.add(new Coordinate(random.nextDouble(-180, 180), random.nextDouble(-89, 89)));
    }
    members.add(new Coordinate(2.0, 41.0));
    members.add(new Coordinate(2.0 + 0.0001, 41.0));
    members.add(new Coordinate(2.0, 41.0));

    for (double linkageKm : new double[] {0, 0.005, 0.05, 100, 800, 1500, 4000, 25_000}) {
      assertThat(ClusterFootprints.groups(members, linkageKm))
          .as("linkage %s km", linkageKm)
          .isEqualTo(groupsOfAllPairs(members, linkageKm));
    }
  }

  private static double wrap(double lon) {
    return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
  }

  /** Single linkage by comparing every pair, as the footprints were first grouped. */
  private static List<List<Coordinate>> groupsOfAllPairs(List<Coordinate> members, double km) {
    int n = members.size();
    double minCos = Math.cos(Math.min(Math.PI, km / 6371.0088));
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (dot(members.get(i), members.get(j)) >= minCos) {
          int from = group[j];
          int to = group[i];
          for (int k = 0; k < n; k++) {
            if (group[k] == from) {
              group[k] = to;
            }
          }
        }
      }
    }
    Map<Integer, List<Coordinate>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(group[i], g -> new ArrayList<>()).add(members.get(i));
    }
    return List.copyOf(groups.values());
  }

  private static double dot(Coordinate a, Coordinate b) {
    double la = Math.toRadians(a.y);
    double oa = Math.toRadians(a.x);
    double lb = Math.toRadians(b.y);
    double ob = Math.toRadians(b.x);
    return Math.cos(la) * Math.cos(oa) * Math.cos(lb) * Math.cos(ob)
        + Math.cos(la) * Math.sin(oa) * Math.cos(lb) * Math.sin(ob)
        + Math.sin(la) * Math.sin(lb);
  }
}

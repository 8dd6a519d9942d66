package org.citynet.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.hull.ConcaveHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The footprint of a cluster on the map: polygons around its member cities, one area per group of
 * nearby members, that never cross the antimeridian and never wrap the globe the wrong way.
 *
 * <p>Members are first grouped by single linkage: two cities are in the same group when a chain of
 * members joins them with no hop longer than {@code linkageKm} (great-circle on the mean sphere, R
 * = 6,371.0088 km — within 0.5 % of the geodesic, ample for grouping). A cluster of cities in
 * Europe and South America thus gets (at least) two areas rather than one hull across the Atlantic.
 * Each group is drawn in its own continuous longitude range (starting after the widest empty gap of
 * its longitudes), as its concave hull (JTS {@link ConcaveHull#concaveHullByLengthRatio}, ratio
 * {@value #HULL_LENGTH_RATIO}) buffered by {@code bufferDegrees}; groups of one or two cities are
 * buffered points or segments. The area is then cut at ±180° and latitude ±90°, the pieces beyond
 * ±180° shifted back by 360°, and all groups unioned.
 *
 * <p>Cost: grouping puts the members in cubes of half the linkage's chord and compares only members
 * of cubes at most two apart, stopping at the first pair within reach (every two members of one
 * cube are): about O(m) for m members where all pairs are O(m²), 10¹⁰ dot products for a cluster of
 * 100,000 (a million-city network has several); plus O(k log k) for the Delaunay-based hull of each
 * group of k. Deterministic: the same members in the same order give the same polygons.
 */
public final class ClusterFootprints {
  /** Default longest hop between members of one area, in km. */
  public static final double DEFAULT_LINKAGE_KM = 1500;

  /** Default margin around the members, in degrees. */
  public static final double DEFAULT_BUFFER_DEGREES = 0.5;

  /** Concave hull edge-length ratio: 0 hugs the points tightly, 1 is the convex hull. */
  static final double HULL_LENGTH_RATIO = 0.3;

  private static final double EARTH_RADIUS_KM = 6371.0088;
  private static final GeometryFactory FACTORY = Geodesics.factory();
  private static final Geometry WORLD = FACTORY.toGeometry(new Envelope(-180, 180, -90, 90));

  private ClusterFootprints() {}

  /** The footprint with the default linkage and buffer. */
  public static MultiPolygon footprint(List<Coordinate> members) {
    return footprint(members, DEFAULT_LINKAGE_KM, DEFAULT_BUFFER_DEGREES);
  }

  /**
   * The footprint of a set of cities.
   *
   * @param members city positions, x = longitude and y = latitude in degrees
   * @param linkageKm longest hop within one group, &ge; 0: 0 draws every city on its own (areas
   *     that overlap still merge), a value above half the Earth's circumference one hull for all
   * @param bufferDegrees margin around the members, &gt; 0
   * @return valid polygons within [-180, 180] × [-90, 90]; empty when there are no members
   */
  public static MultiPolygon footprint(
      List<Coordinate> members, double linkageKm, double bufferDegrees) {
    if (!(linkageKm >= 0) || !(bufferDegrees > 0)) {
      throw new IllegalArgumentException(
          "need linkageKm >= 0 and bufferDegrees > 0: " + linkageKm + ", " + bufferDegrees);
    }
    List<Geometry> areas = new ArrayList<>();
    for (List<Coordinate> group : groups(members, linkageKm)) {
      areas.addAll(wrapped(area(unrolled(group), bufferDegrees)));
    }
    return Polygons.dissolve(areas);
  }

  /** Single-linkage groups, each in input order, ordered by their first member. */
  static List<List<Coordinate>> groups(List<Coordinate> members, double linkageKm) {
    int n = members.size();
    double[][] unit = new double[n][];
    for (int i = 0; i < n; i++) {
      double lat = Math.toRadians(members.get(i).y);
      double lon = Math.toRadians(members.get(i).x);
      unit[i] =
          new double[] {
            Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)
          };
    }
    // Two points are within the linkage distance iff the cosine of their central angle is at least
    // this; comparing dot products avoids a trigonometric call per pair.
    double minCos = Math.cos(Math.min(Math.PI, linkageKm / EARTH_RADIUS_KM));
    int[] parent = new int[n];
    Arrays.setAll(parent, i -> i);
    // Points within the linkage lie within `chord` of each other in 3-D; cubes of half that side
    // hold only such points (diagonal 0.87 chord), and a partner lies at most two cubes away.
    double chord = Math.sqrt(Math.max(0, 2 - 2 * minCos));
    double side = Math.max(chord / 2, MIN_SIDE);
    // Below the smallest cube a cube may hold members beyond reach of each other: compare them all.
    boolean cubesAreGroups = chord / 2 >= MIN_SIDE;
    Map<Long, List<Integer>> cells = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      cells.computeIfAbsent(cellOf(unit[i], side), c -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<Long, List<Integer>> cell : cells.entrySet()) {
      List<Integer> here = cell.getValue();
      if (cubesAreGroups) {
        here.forEach(i -> union(parent, here.get(0), i));
      } else {
        joinWithin(here, here, unit, minCos, parent, false);
      }
      long key = cell.getKey();
      for (int dx = -2; dx <= 2; dx++) {
        for (int dy = -2; dy <= 2; dy++) {
          for (int dz = -2; dz <= 2; dz++) {
            long other = key + dx * X_STEP + dy * Y_STEP + dz;
            List<Integer> there = cells.get(other);
            boolean joined =
                cubesAreGroups
                    && there != null
                    && root(parent, here.get(0)) == root(parent, there.get(0));
            if (other > key && there != null && !joined) {
              joinWithin(here, there, unit, minCos, parent, cubesAreGroups);
            }
          }
        }
      }
    }
    // Keyed by root in order of each group's first member, so the output is deterministic.
    Map<Integer, List<Coordinate>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(members.get(i));
    }
    return List.copyOf(groups.values());
  }

  private static final long X_STEP = 1L << 42;
  private static final long Y_STEP = 1L << 21;

  /** Smallest cube side: 2^20 cubes per axis, so that three indices pack into a long. */
  private static final double MIN_SIDE = 1.0 / (1 << 19);

  /** The cube of side {@code side} holding a unit vector, its three indices packed in a long. */
  private static long cellOf(double[] unit, double side) {
    long x = (long) Math.floor(unit[0] / side) + (1 << 20);
    long y = (long) Math.floor(unit[1] / side) + (1 << 20);
    long z = (long) Math.floor(unit[2] / side) + (1 << 20);
    return x * X_STEP + y * Y_STEP + z;
  }

  /**
   * Joins the groups of members of {@code a} and {@code b} within the linkage of each other; with
   * {@code firstPairOnly}, when each list is already one group, stops at the first such pair.
   */
  private static void joinWithin(
      List<Integer> a,
      List<Integer> b,
      double[][] unit,
      double minCos,
      int[] parent,
      boolean firstPairOnly) {
    for (int i : a) {
      for (int j : b) {
        if (a == b && j <= i) {
          continue;
        }
        double dot = unit[i][0] * unit[j][0] + unit[i][1] * unit[j][1] + unit[i][2] * unit[j][2];
        if (dot >= minCos) {
          union(parent, i, j);
          if (firstPairOnly) {
            return;
          }
        }
      }
    }
  }

  private static void union(int[] parent, int i, int j) {
    parent[root(parent, i)] = root(parent, j);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * The group's coordinates with longitudes made continuous: the range starts just after the widest
   * gap between consecutive longitudes around the circle, so a group around Fiji and Samoa spans
   * 178°…188° instead of -172°…178°.
   */
  private static Coordinate[] unrolled(List<Coordinate> group) {
    double[] lons = group.stream().mapToDouble(c -> c.x).sorted().toArray();
    double start = lons[0];
    double widestGap = lons[0] + 360 - lons[lons.length - 1];
    for (int i = 1; i < lons.length; i++) {
      if (lons[i] - lons[i - 1] > widestGap) {
        widestGap = lons[i] - lons[i - 1];
        start = lons[i];
      }
    }
    double from = start;
    return group.stream()
        .map(c -> new Coordinate(c.x < from ? c.x + 360 : c.x, c.y))
        .toArray(Coordinate[]::new);
  }

  private static Geometry area(Coordinate[] points, double bufferDegrees) {
    Geometry cities = FACTORY.createMultiPointFromCoords(points);
    Geometry hull =
        points.length < 3
            ? cities.convexHull()
            : ConcaveHull.concaveHullByLengthRatio(cities, HULL_LENGTH_RATIO);
    return hull.buffer(bufferDegrees);
  }

  /** The parts of an area in unrolled longitudes, cut and shifted back into the world. */
  private static List<Geometry> wrapped(Geometry area) {
    List<Geometry> parts = new ArrayList<>();
    Envelope extent = area.getEnvelopeInternal();
    if (WORLD.getEnvelopeInternal().contains(extent)) {
      return List.of(area); // nothing to cut or shift
    }
    for (int turn = (int) Math.floor((extent.getMinX() + 180) / 360);
        turn <= Math.floor((extent.getMaxX() + 180) / 360);
        turn++) {
      Geometry shifted = AffineTransformation.translationInstance(-360.0 * turn, 0).transform(area);
      Geometry inWorld = shifted.intersection(WORLD);
      if (!inWorld.isEmpty()) {
        parts.add(inWorld);
      }
    }
    return parts;
  }
}

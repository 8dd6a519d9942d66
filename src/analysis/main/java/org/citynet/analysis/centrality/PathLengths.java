package org.citynet.analysis.centrality;

import org.citynet.geo.Geodesics;
import org.citynet.graph.CompactGraph;

/**
 * The length of every edge slot of a {@link CompactGraph}, for {@link
 * WeightedShortestPathCentralities}. Both slots of an edge get the same value, computed once, so
 * that a path has the same length read from either end. O(m).
 */
public final class PathLengths {
  private PathLengths() {}

  /**
   * Length {@code 1 / weight}: a strong tie is a short one (Opsahl, Agneessens and Skvoretz, "Node
   * centrality in weighted networks: generalizing degree and shortest paths", Social Networks 32
   * (2010) 245, with α = 1, where the path length ignores the number of hops).
   *
   * @throws IllegalArgumentException if a weight is not a finite number &gt; 0
   */
  public static double[] inverseWeight(CompactGraph g) {
    double[] length = new double[2 * g.edgeCount()];
    for (int slot = 0; slot < length.length; slot++) {
      double w = g.weight(slot);
      if (!(w > 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("inverse-weight lengths need weights > 0: " + w);
      }
      length[slot] = 1 / w;
    }
    return length;
  }

  /**
   * The geodesic length in km of each edge on the WGS84 ellipsoid ({@link Geodesics#lengthKm}),
   * measured from the end with the smaller vertex number. Two cities at the same place are 0 km
   * apart.
   *
   * @param lat latitude of each vertex, in degrees
   * @param lon longitude of each vertex, in degrees
   */
  public static double[] geodesicKm(CompactGraph g, double[] lat, double[] lon) {
    int n = g.vertexCount();
    if (lat.length != n || lon.length != n) {
      throw new IllegalArgumentException(
          "need one latitude and longitude per vertex: " + n + " vertices");
    }
    double[] length = new double[2 * g.edgeCount()];
    for (int v = 0; v < n; v++) {
      for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
        int a = Math.min(v, g.neighbour(slot));
        int b = Math.max(v, g.neighbour(slot));
        length[slot] = Geodesics.lengthKm(lat[a], lon[a], lat[b], lon[b]);
      }
    }
    return length;
  }
}

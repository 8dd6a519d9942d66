package org.citynet.analysis.regions;

/** Cities as unit vectors on the sphere, in three arrays for tight inner loops. */
final class UnitVectors {
  final double[] x;
  final double[] y;
  final double[] z;

  private UnitVectors(double[] x, double[] y, double[] z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  /** The unit vectors of points given in degrees, taking latitudes as given (spherical). */
  static UnitVectors of(double[] lat, double[] lon) {
    int n = lat.length;
    double[] x = new double[n];
    double[] y = new double[n];
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double phi = Math.toRadians(lat[i]);
      double lambda = Math.toRadians(lon[i]);
      x[i] = Math.cos(phi) * Math.cos(lambda);
      y[i] = Math.cos(phi) * Math.sin(lambda);
      z[i] = Math.sin(phi);
    }
    return new UnitVectors(x, y, z);
  }

  /** The points in a new order: point i of the result is point order[i] of this. */
  UnitVectors reorder(int[] order) {
    int n = order.length;
    double[] rx = new double[n];
    double[] ry = new double[n];
    double[] rz = new double[n];
    for (int i = 0; i < n; i++) {
      rx[i] = x[order[i]];
      ry[i] = y[order[i]];
      rz[i] = z[order[i]];
    }
    return new UnitVectors(rx, ry, rz);
  }

  int size() {
    return x.length;
  }

  /** The dot product of points i and j: the cosine of their angle, up to rounding. */
  double dot(int i, int j) {
    return x[i] * x[j] + y[i] * y[j] + z[i] * z[j];
  }
}

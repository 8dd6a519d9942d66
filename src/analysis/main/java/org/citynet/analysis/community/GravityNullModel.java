package org.citynet.analysis.community;

import java.util.stream.IntStream;
import org.citynet.analysis.centrality.Degrees;
import org.citynet.graph.CompactGraph;

/**
 * The gravity null model of spatial modularity: the link weight expected between two cities from
 * their importance and their distance alone.
 *
 * <p>P. Expert, T. S. Evans, V. D. Blondel and R. Lambiotte, "Uncovering space-independent
 * communities in spatial networks", PNAS 108 (2011) 7663: {@code P_ij = N_i N_j f(d_ij)} for {@code
 * i ≠ j} and {@code P_ii = 0}, where {@code N_i} is the importance of city {@code i} (its strength
 * unless the caller passes, say, its population) and the deterrence function {@code f} is measured
 * from the network itself in distance bins:
 *
 * <pre>f(bin) = Σ_{i≠j, d_ij ∈ bin} A_ij / Σ_{i≠j, d_ij ∈ bin} N_i N_j</pre>
 *
 * <p>Normalisation: summing {@code P_ij} over the pairs of one bin gives back that bin's link
 * weight, so {@code Σ_ij P_ij = Σ_ij A_ij = 2m} holds by construction. Only link weight between
 * cities of importance 0 (possible with populations) falls in no bin's denominator; f is then
 * multiplied by one common factor that restores {@code Σ P = 2m}.
 *
 * <p>Bins are equal-width over {@code [0, largest distance between two cities]}, as in the paper.
 * {@link #DEFAULT_BINS} = 50: on a world-wide network that is about 400 km per bin, the scale of a
 * country, which resolves the steep fall of f over the first thousand kilometres; and it leaves
 * about a hundred link ends per bin on average on a network of a few thousand links, so f is not
 * mostly sampling noise. Fewer bins make P closer to the configuration model (one bin is exactly
 * Newman-Girvan's {@code k_i k_j / 2m} when importance is strength); many more bins let f fit the
 * noise of the observed distances and absorb real structure.
 *
 * <p>Distance is the great-circle distance on the sphere of the mean Earth radius (6371.0088 km).
 * It differs from the WGS84 geodesic of {@code org.citynet.geo.Geodesics} by at most about 0.5%,
 * far less than a bin (2% of the range at 50 bins), so it only moves pairs lying within 0.5% of a
 * bin edge into the neighbouring bin of nearly equal f; and it is cheap enough for the n²/2 pairs.
 * Internally a pair's bin is found from the squared chord between the two unit vectors, compared
 * with the squared chords of the bin edges (a monotone function of distance, so the bins are the
 * same), through a lookup table: no trigonometry per pair.
 *
 * <p>Cost: estimating visits every pair once, O(n² + m) time, in parallel over fixed blocks of rows
 * (the sums are combined in a fixed order, so the result does not depend on the thread count). Up
 * to {@link #TABLE_CITIES} cities it also tabulates each pair's term {@code N_j f(bin)} (O(n²)
 * memory, another O(n²) pass), which the clustering's sums then read instead of finding bins;
 * above, memory is O(n + bins) and a pair's bin is found in O(1), almost always from one lookup
 * cell whose bin is certain. Both ways give the same values.
 */
public final class GravityNullModel {
  /** Number of distance bins unless another is given. */
  public static final int DEFAULT_BINS = 50;

  /** Mean Earth radius (IUGG), in km. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  /** Lookup cells per bin: enough that a pair's bin is at most one or two steps past its cell's. */
  private static final int CELLS_PER_BIN = 64;

  /**
   * Most cities for which {@link #expectedTo} reads its terms from an n × n table (8 n² bytes: 50
   * MB at this size, 9.7 MB for the 1,099-city default dataset) rather than computing each pair's
   * bin; the values are the same either way.
   */
  static final int TABLE_CITIES = 2_500;

  /** Rows per block of the parallel pair sums; fixed so the summation order is. */
  private static final int ROWS_PER_BLOCK = 64;

  /** Per city {@code v}: x, y, z of its unit vector and its importance at {@code 4v .. 4v+3}. */
  private final double[] cities;

  private final double[] binEdgesKm;
  private final double[] deterrence;
  private final double[] edgeChord2;
  private final int[] firstBinOfCell;
  private final double cellsPerChord2;

  /**
   * The deterrence of the pairs whose squared chord falls in each lookup cell, or {@code NaN} for a
   * cell that a bin edge may cross: most pairs then need one table read and no comparison.
   */
  private final double[] deterrenceOfCell;

  /**
   * {@code N_j f(bin(i, j))} at {@code i·n + j} (0 when {@code i == j}) for up to {@link
   * #TABLE_CITIES} cities, else {@code null}: the term {@link #expectedTo} sums, read instead of
   * computed.
   */
  private double[] pairTerms;

  private GravityNullModel(
      double[] cities,
      double[] binEdgesKm,
      double[] deterrence,
      double[] edgeChord2,
      int[] firstBinOfCell,
      double cellsPerChord2) {
    this.cities = cities;
    this.binEdgesKm = binEdgesKm;
    this.deterrence = deterrence;
    this.edgeChord2 = edgeChord2;
    this.firstBinOfCell = firstBinOfCell;
    this.cellsPerChord2 = cellsPerChord2;
    this.deterrenceOfCell = new double[firstBinOfCell.length];
  }

  /** The model with strength as importance and {@link #DEFAULT_BINS} bins. */
  public static GravityNullModel estimate(CompactGraph graph, double[] lat, double[] lon) {
    return estimate(graph, lat, lon, Degrees.strength(graph), DEFAULT_BINS);
  }

  /**
   * Estimates the deterrence function of a network.
   *
   * @param graph the network; vertex {@code v} lies at {@code (lat[v], lon[v])}
   * @param lat latitude of each vertex in degrees, in [-90, 90]
   * @param lon longitude of each vertex in degrees, finite
   * @param importance {@code N_i} of each vertex, finite and ≥ 0 (strength, population, ...);
   *     copied
   * @param bins number of equal-width distance bins, ≥ 1; 1 makes f constant, so P is proportional
   *     to {@code N_i N_j} regardless of distance
   * @throws IllegalArgumentException if an array does not have one finite value per vertex, a value
   *     is out of range, {@code bins < 1}, or the graph has links but none of them joins two cities
   *     of positive importance
   */
  public static GravityNullModel estimate(
      CompactGraph graph, double[] lat, double[] lon, double[] importance, int bins) {
    return estimate(graph, lat, lon, importance, bins, TABLE_CITIES);
  }

  /** As the public {@code estimate}, with the pair table for up to {@code tableCities} cities. */
  static GravityNullModel estimate(
      CompactGraph graph,
      double[] lat,
      double[] lon,
      double[] importance,
      int bins,
      int tableCities) {
    int n = graph.vertexCount();
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be >= 1: " + bins);
    }
    checkLength("lat", lat, n);
    checkLength("lon", lon, n);
    checkLength("importance", importance, n);
    double[] x = new double[n];
    double[] y = new double[n];
    double[] z = new double[n];
    for (int v = 0; v < n; v++) {
      if (!(Math.abs(lat[v]) <= 90) || !Double.isFinite(lon[v])) {
        throw new IllegalArgumentException(
            "vertex " + v + " has no valid position: lat " + lat[v] + ", lon " + lon[v]);
      }
      if (!(importance[v] >= 0) || Double.isInfinite(importance[v])) {
        throw new IllegalArgumentException(
            "importance of vertex " + v + " must be finite and >= 0: " + importance[v]);
      }
      double phi = Math.toRadians(lat[v]);
      double lambda = Math.toRadians(lon[v]);
      x[v] = Math.cos(phi) * Math.cos(lambda);
      y[v] = Math.cos(phi) * Math.sin(lambda);
      z[v] = Math.sin(phi);
    }

    double maxChord2 = maxChord2(x, y, z);
    double maxKm = distanceKm(maxChord2);
    double[] binEdgesKm = new double[bins + 1];
    double[] edgeChord2 = new double[bins + 1];
    for (int b = 0; b <= bins; b++) {
      binEdgesKm[b] = maxKm * b / bins;
      double halfChord = Math.sin(binEdgesKm[b] / (2 * EARTH_RADIUS_KM));
      edgeChord2[b] = 4 * halfChord * halfChord;
    }
    int cells = CELLS_PER_BIN * bins;
    double cellsPerChord2 = maxChord2 > 0 ? cells / maxChord2 : 0;
    int[] firstBinOfCell = new int[cells];
    for (int cell = 1; cell < cells; cell++) {
      // The bin of the previous cell's lower end: rounding in the cell index can never put a pair
      // below it.
      double below = (cell - 1) / cellsPerChord2;
      int b = firstBinOfCell[cell - 1];
      while (b < bins - 1 && below >= edgeChord2[b + 1]) {
        b++;
      }
      firstBinOfCell[cell] = b;
    }
    double[] packed = new double[4 * n];
    for (int v = 0; v < n; v++) {
      packed[4 * v] = x[v];
      packed[4 * v + 1] = y[v];
      packed[4 * v + 2] = z[v];
      packed[4 * v + 3] = importance[v];
    }
    GravityNullModel model =
        new GravityNullModel(
            packed, binEdgesKm, new double[bins], edgeChord2, firstBinOfCell, cellsPerChord2);
    model.fitDeterrence(graph);
    model.fillDeterrenceOfCells();
    if (n <= tableCities) {
      model.fillPairTerms();
    }
    return model;
  }

  private static void checkLength(String name, double[] values, int n) {
    if (values.length != n) {
      throw new IllegalArgumentException(
          name + " has " + values.length + " values for " + n + " vertices");
    }
  }

  /** The largest squared chord between two unit vectors. */
  private static double maxChord2(double[] x, double[] y, double[] z) {
    int n = x.length;
    return blocks(n)
        .mapToDouble(
            block -> {
              double max = 0;
              for (int i = block * ROWS_PER_BLOCK;
                  i < Math.min(n, (block + 1) * ROWS_PER_BLOCK);
                  i++) {
                for (int j = i + 1; j < n; j++) {
                  double dx = x[i] - x[j];
                  double dy = y[i] - y[j];
                  double dz = z[i] - z[j];
                  max = Math.max(max, dx * dx + dy * dy + dz * dz);
                }
              }
              return max;
            })
        .max()
        .orElse(0);
  }

  private static IntStream blocks(int n) {
    return IntStream.range(0, (n + ROWS_PER_BLOCK - 1) / ROWS_PER_BLOCK).parallel();
  }

  /** Fills {@link #deterrence} from the link weight and the importance products of each bin. */
  private void fitDeterrence(CompactGraph graph) {
    int n = vertexCount();
    int bins = deterrence.length;
    double[] linkWeight = new double[bins];
    double twiceM = 0;
    for (int i = 0; i < n; i++) {
      for (int s = graph.firstSlot(i); s < graph.endSlot(i); s++) {
        linkWeight[bin(i, graph.neighbour(s))] += graph.weight(s);
        twiceM += graph.weight(s);
      }
    }
    // Σ N_i N_j over the pairs i < j of each bin, one partial sum per block of rows.
    double[][] partial =
        blocks(n)
            .mapToObj(
                block -> {
                  double[] sums = new double[bins];
                  for (int i = block * ROWS_PER_BLOCK;
                      i < Math.min(n, (block + 1) * ROWS_PER_BLOCK);
                      i++) {
                    double ni = importance(i);
                    for (int j = i + 1; j < n; j++) {
                      sums[bin(i, j)] += ni * importance(j);
                    }
                  }
                  return sums;
                })
            .toArray(double[][]::new);
    double[] importancePairs = new double[bins];
    for (double[] sums : partial) {
      for (int b = 0; b < bins; b++) {
        importancePairs[b] += 2 * sums[b];
      }
    }
    double expectedTotal = 0;
    for (int b = 0; b < bins; b++) {
      if (importancePairs[b] > 0) {
        deterrence[b] = linkWeight[b] / importancePairs[b];
        expectedTotal += linkWeight[b];
      }
    }
    if (twiceM > 0 && expectedTotal == 0) {
      throw new IllegalArgumentException(
          "no link joins two cities of positive importance: the gravity model expects nothing");
    }
    if (expectedTotal > 0 && expectedTotal != twiceM) {
      double scale = twiceM / expectedTotal;
      for (int b = 0; b < bins; b++) {
        deterrence[b] *= scale;
      }
    }
  }

  /**
   * Fills {@link #deterrenceOfCell}. {@link #binOfChord2} starts at the cell's first bin and steps
   * up past each edge the squared chord reaches; a cell needs no step when the next edge lies a
   * whole cell above its upper end, a margin far wider than the rounding of the cell index. The
   * last cell also takes every squared chord above it, so only the last bin is certain there.
   */
  private void fillDeterrenceOfCells() {
    int last = deterrence.length - 1;
    int cells = firstBinOfCell.length;
    for (int cell = 0; cell < cells; cell++) {
      int b = firstBinOfCell[cell];
      boolean certain =
          b == last || cell < cells - 1 && edgeChord2[b + 1] > (cell + 2) / cellsPerChord2;
      deterrenceOfCell[cell] = certain ? deterrence[b] : Double.NaN;
    }
  }

  private void fillPairTerms() {
    int n = vertexCount();
    double[] terms = new double[n * n];
    blocks(n)
        .forEach(
            block -> {
              for (int i = block * ROWS_PER_BLOCK;
                  i < Math.min(n, (block + 1) * ROWS_PER_BLOCK);
                  i++) {
                for (int j = 0; j < n; j++) {
                  terms[i * n + j] = j == i ? 0 : importance(j) * deterrence[bin(i, j)];
                }
              }
            });
    pairTerms = terms;
  }

  private static double distanceKm(double chord2) {
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(chord2) / 2));
  }

  /** Number of cities. */
  public int vertexCount() {
    return cities.length / 4;
  }

  /** Number of distance bins. */
  public int binCount() {
    return deterrence.length;
  }

  /**
   * The bin edges in km, {@code binCount() + 1} of them from 0 to the largest distance between two
   * cities; bin b holds the distances in {@code [edge b, edge b+1)}, the last bin also its upper
   * edge.
   */
  public double[] binEdgesKm() {
    return binEdgesKm.clone();
  }

  /** The deterrence f of each bin, in link weight per unit of {@code N_i N_j}. */
  public double[] deterrence() {
    return deterrence.clone();
  }

  /** The importance {@code N_v} of vertex {@code v}. */
  public double importance(int v) {
    return cities[4 * v + 3];
  }

  /** Great-circle distance between two cities, in km. */
  public double distanceKm(int i, int j) {
    return distanceKm(chord2(i, j));
  }

  /** The distance bin of the pair {@code (i, j)}. */
  public int binOf(int i, int j) {
    return bin(i, j);
  }

  /** {@code P_ij}: the link weight the model expects between i and j, 0 when {@code i == j}. */
  public double expected(int i, int j) {
    return i == j ? 0 : importance(i) * importance(j) * deterrence[bin(i, j)];
  }

  /**
   * {@code Σ_{j in members, j ≠ i} P_ij}, the weight expected between i and a set of cities. The
   * hot loop of the gravity clustering, written out in one method (the quick JIT does not inline
   * {@link #bin}); the same sum, in the same order, as {@code Σ expected(i, j)}.
   */
  double expectedTo(int i, int[] members, int from, int to) {
    if (pairTerms != null) {
      // The diagonal's 0 leaves the sum exactly as skipping i would: every term is >= 0.
      double[] terms = pairTerms;
      int row = i * vertexCount();
      double sum = 0;
      for (int k = from; k < to; k++) {
        sum += terms[row + members[k]];
      }
      return importance(i) * sum;
    }
    double[] c = cities;
    double[] cellF = deterrenceOfCell;
    int lastCell = cellF.length - 1;
    double perChord2 = cellsPerChord2;
    double xi = c[4 * i];
    double yi = c[4 * i + 1];
    double zi = c[4 * i + 2];
    double sum = 0;
    for (int k = from; k < to; k++) {
      int j = members[k];
      if (j != i) {
        int o = 4 * j;
        double dx = xi - c[o];
        double dy = yi - c[o + 1];
        double dz = zi - c[o + 2];
        double c2 = dx * dx + dy * dy + dz * dz;
        int cell = Math.min(lastCell, (int) (c2 * perChord2));
        double f = cellF[cell];
        if (f != f) {
          f = deterrence[binOfChord2(c2)];
        }
        sum += c[o + 3] * f;
      }
    }
    return c[4 * i + 3] * sum;
  }

  private double chord2(int i, int j) {
    double dx = cities[4 * i] - cities[4 * j];
    double dy = cities[4 * i + 1] - cities[4 * j + 1];
    double dz = cities[4 * i + 2] - cities[4 * j + 2];
    return dx * dx + dy * dy + dz * dz;
  }

  private int bin(int i, int j) {
    return binOfChord2(chord2(i, j));
  }

  private int binOfChord2(double c2) {
    int last = deterrence.length - 1;
    int b = firstBinOfCell[Math.min(firstBinOfCell.length - 1, (int) (c2 * cellsPerChord2))];
    while (b < last && c2 >= edgeChord2[b + 1]) {
      b++;
    }
    return b;
  }
}

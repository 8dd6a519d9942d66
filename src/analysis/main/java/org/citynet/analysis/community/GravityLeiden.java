package org.citynet.analysis.community;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.citynet.graph.CompactGraph;

/**
 * The Leiden algorithm maximising {@code Q_grav}, for {@link SpatialClustering}: fast local moving,
 * refinement into well-connected sub-clusters, aggregation, repeated on the aggregate network.
 *
 * <p>It follows the CWTS implementation of V. A. Traag, L. Waltman and N. J. van Eck, Sci. Rep. 9
 * (2019) 5233, with the null-model term {@code γ ||v|| ||C||} replaced by the gravity model's
 * expected weight {@code P(v, C) = Σ_{i ∈ v, j ∈ C} P_ij}. That term does not factorise, so it is
 * summed over the original cities: each aggregate node keeps the list of its cities, and each
 * cluster and sub-cluster the list of its cities; the expected weight between two aggregate nodes
 * is never tabulated, so the algorithm's own memory stays O(n + m) (the model may hold a table of
 * pair terms, see {@link GravityNullModel}). Evaluating a candidate cluster C for node v costs
 * O(|v| · |C|), at most O(|v| · n), so a sweep is O(n²) at worst. Two things make it much cheaper
 * in practice: {@code P(v, own cluster − v)} is kept up to date for every node (a move of v from A
 * to B adjusts it for the nodes of A and B in O(|v| · (|A| + |B|))), so a node that stays costs
 * only its links; and a cluster C is not summed when its link weight to v cannot beat the best gain
 * found so far ({@code P ≥ 0}), which leaves the result unchanged.
 *
 * <p>Quality is tracked exactly: every local move adds its gain; since singletons score 0, the sum
 * of the gains is {@code 2m · Q_grav} of the current partition.
 */
final class GravityLeiden {
  private final GravityNullModel model;
  private final Random random;
  private final double randomness;
  private final int n;
  private final double twiceM;
  private final Level singletons;
  private double gains;

  /**
   * Aggregate nodes: node {@code v} stands for the cities {@code members[memberStart[v] ..
   * memberStart[v + 1])}; its links to the other nodes are in CSR form, without self-loops.
   */
  private record Level(
      int nodes,
      int[] memberStart,
      int[] members,
      int[] linkStart,
      int[] linkTarget,
      double[] linkWeight) {}

  GravityLeiden(CompactGraph graph, GravityNullModel model, Random random, double randomness) {
    this.model = model;
    this.random = random;
    this.randomness = randomness;
    this.n = graph.vertexCount();
    int[] identity = new int[n + 1];
    Arrays.setAll(identity, v -> v);
    int[] linkStart = new int[n + 1];
    int slots = 2 * graph.edgeCount();
    int[] linkTarget = new int[slots];
    double[] linkWeight = new double[slots];
    double total = 0;
    for (int v = 0; v < n; v++) {
      linkStart[v + 1] = graph.endSlot(v);
      for (int s = graph.firstSlot(v); s < graph.endSlot(v); s++) {
        linkTarget[s] = graph.neighbour(s);
        linkWeight[s] = graph.weight(s);
        total += linkWeight[s];
      }
    }
    this.twiceM = total;
    this.singletons =
        new Level(n, identity, Arrays.copyOf(identity, n), linkStart, linkTarget, linkWeight);
  }

  /** {@code Q_grav} of the partition left by the calls to {@link #improve}, from singletons. */
  double quality() {
    return gains / twiceM;
  }

  /**
   * One Leiden iteration from the partition {@code clusterOf} (ids in {@code 0..n-1}), which it
   * updates in place.
   *
   * @return whether any city changed cluster
   */
  boolean improve(int[] clusterOf) {
    Level level = singletons;
    int[] cluster = clusterOf.clone();
    double[] ownExpected = ownExpected(cluster);
    boolean changed = false;
    while (true) {
      changed |= moveNodes(level, cluster, ownExpected);
      if (distinct(cluster) == level.nodes) {
        break;
      }
      int[] refined = refine(level, cluster, ownExpected);
      if (distinct(refined) == level.nodes) {
        break;
      }
      int[] aggregateOf = denseIds(refined, level.nodes);
      int nodes = distinct(refined);
      int[] nextCluster = new int[nodes];
      double[] nextOwnExpected = new double[nodes];
      for (int v = 0; v < level.nodes; v++) {
        nextCluster[aggregateOf[v]] = cluster[v];
        // refine() left P(sub-cluster, cluster − sub-cluster) in ownExpected at its id.
        nextOwnExpected[aggregateOf[v]] = ownExpected[refined[v]];
      }
      cluster = denseIds(nextCluster, level.nodes);
      ownExpected = nextOwnExpected;
      level = aggregate(level, aggregateOf, nodes);
    }
    for (int v = 0; v < level.nodes; v++) {
      for (int k = level.memberStart[v]; k < level.memberStart[v + 1]; k++) {
        clusterOf[level.members[k]] = cluster[v];
      }
    }
    return changed;
  }

  /** {@code P(v, cluster of v − v)} for every city, each summed in a fixed order, in parallel. */
  private double[] ownExpected(int[] cluster) {
    CitySets sets = CitySets.of(singletons, cluster);
    double[] own = new double[n];
    IntStream.range(0, n)
        .parallel()
        .forEach(v -> own[v] = sets.expected(model, singletons, v, cluster[v]));
    return own;
  }

  /**
   * Fast local moving: nodes taken from a queue, each moved to the cluster of highest gain (its own
   * on ties); the neighbours a move may have made movable re-enter the queue.
   *
   * @param ownExpected {@code P(v, cluster of v − v)} of each node, kept up to date
   */
  private boolean moveNodes(Level level, int[] cluster, double[] ownExpected) {
    int k = level.nodes;
    CitySets sets = CitySets.of(level, cluster);
    int[] nodeOf = new int[n];
    for (int v = 0; v < k; v++) {
      for (int i = level.memberStart[v]; i < level.memberStart[v + 1]; i++) {
        nodeOf[level.members[i]] = v;
      }
    }
    int[] nodeCount = new int[k];
    for (int v = 0; v < k; v++) {
      nodeCount[cluster[v]]++;
    }
    int[] empty = new int[k];
    int emptyCount = 0;
    for (int c = k - 1; c >= 0; c--) {
      if (nodeCount[c] == 0) {
        empty[emptyCount++] = c;
      }
    }
    Candidates candidates = new Candidates(k);
    int[] queue = randomPermutation(k);
    boolean[] queued = new boolean[k];
    Arrays.fill(queued, true);
    int head = 0;
    int queueLength = k;
    boolean changed = false;
    while (queueLength > 0) {
      int v = queue[head];
      head = (head + 1) % k;
      queueLength--;
      queued[v] = false;

      int current = cluster[v];
      sets.removeNode(level, v, current);
      if (--nodeCount[current] == 0) {
        empty[emptyCount++] = current;
      }
      candidates.collect(level, v, cluster, current, null);
      double stayGain = candidates.weight[current] - ownExpected[v];
      int best = current;
      double bestGain = stayGain;
      double bestExpected = ownExpected[v];
      for (int i = 1; i < candidates.count; i++) {
        int c = candidates.ids[i];
        // Strictly better only: a tie keeps the node where it is. P ≥ 0 bounds the gain by w.
        if (candidates.weight[c] > bestGain) {
          double expected = sets.expected(model, level, v, c);
          if (candidates.weight[c] - expected > bestGain) {
            best = c;
            bestGain = candidates.weight[c] - expected;
            bestExpected = expected;
          }
        }
      }
      // A cluster of its own gains 0; one is always free since v left its cluster.
      if (bestGain < 0) {
        best = empty[emptyCount - 1];
        bestGain = 0;
        bestExpected = 0;
      }
      candidates.clear();

      if (best != current) {
        shiftOwnExpected(level, v, sets, current, nodeOf, ownExpected, -1);
        shiftOwnExpected(level, v, sets, best, nodeOf, ownExpected, +1);
        ownExpected[v] = bestExpected;
      }
      sets.addNode(level, v, best);
      if (++nodeCount[best] == 1) {
        emptyCount--;
      }
      if (best != current) {
        cluster[v] = best;
        gains += 2 * (bestGain - stayGain);
        changed = true;
        for (int s = level.linkStart[v]; s < level.linkStart[v + 1]; s++) {
          int u = level.linkTarget[s];
          if (!queued[u] && cluster[u] != best) {
            queued[u] = true;
            queue[(head + queueLength++) % k] = u;
          }
        }
      }
    }
    return changed;
  }

  /** Adds {@code sign · P(city, v)} to the own-cluster term of the node of each city in the set. */
  private void shiftOwnExpected(
      Level level, int v, CitySets sets, int set, int[] nodeOf, double[] ownExpected, int sign) {
    int[] cities = sets.members[set];
    for (int i = 0; i < sets.size[set]; i++) {
      int city = cities[i];
      double p =
          model.expectedTo(city, level.members, level.memberStart[v], level.memberStart[v + 1]);
      ownExpected[nodeOf[city]] += sign * p;
    }
  }

  /**
   * Refinement: inside each cluster, from singletons, each well-connected node still alone joins a
   * well-connected sub-cluster of non-negative gain, chosen at random with probability ∝ exp(gain /
   * randomness) (staying alone counts as gain 0). Well-connected means at least as much link weight
   * to the rest of the cluster as the model expects.
   *
   * @param ownExpected {@code P(v, cluster of v − v)} of each node; replaced by {@code P(s, cluster
   *     of s − s)} of each sub-cluster s at its id
   * @return the sub-cluster of each node, ids in {@code 0..nodes-1}
   */
  private int[] refine(Level level, int[] cluster, double[] ownExpected) {
    int k = level.nodes;
    double[] outWeight = new double[k];
    double[] outExpected = ownExpected.clone();
    for (int v = 0; v < k; v++) {
      for (int s = level.linkStart[v]; s < level.linkStart[v + 1]; s++) {
        if (cluster[level.linkTarget[s]] == cluster[v]) {
          outWeight[v] += level.linkWeight[s];
        }
      }
    }
    int[] refined = new int[k];
    Arrays.setAll(refined, v -> v);
    CitySets subClusters = CitySets.of(level, refined);
    double[] subOutWeight = outWeight.clone();
    double[] subOutExpected = ownExpected;
    boolean[] joined = new boolean[k];
    Candidates candidates = new Candidates(k);
    double[] expected = new double[k];
    double[] cumulative = new double[k];
    for (int v : randomPermutation(k)) {
      if (joined[v] || outWeight[v] < outExpected[v]) {
        continue;
      }
      subClusters.removeNode(level, v, v);
      candidates.collect(level, v, refined, v, cluster);
      int best = v;
      double bestGain = 0;
      double total = 0;
      for (int i = 0; i < candidates.count; i++) {
        int c = candidates.ids[i];
        if (c == v) {
          total += 1; // exp(0): staying alone
        } else if (subOutWeight[c] >= subOutExpected[c]) {
          expected[c] = subClusters.expected(model, level, v, c);
          double gain = candidates.weight[c] - expected[c];
          if (gain > bestGain) {
            best = c;
            bestGain = gain;
          }
          if (gain >= 0) {
            total += Math.exp(gain / randomness);
          }
        }
        cumulative[i] = total;
      }
      int chosen = best;
      // An overflow of exp means one gain dominates: take the best, as CWTS does.
      if (total < Double.MAX_VALUE) {
        double r = total * random.nextDouble();
        for (int i = 0; i < candidates.count; i++) {
          if (cumulative[i] > r) {
            chosen = candidates.ids[i];
            break;
          }
        }
      }
      subClusters.addNode(level, v, chosen);
      if (chosen != v) {
        refined[v] = chosen;
        joined[chosen] = true;
        subOutWeight[chosen] += outWeight[v] - 2 * candidates.weight[chosen];
        subOutExpected[chosen] += outExpected[v] - 2 * expected[chosen];
      }
      candidates.clear();
    }
    return refined;
  }

  /** The network of the sub-clusters: node {@code aggregateOf[v]} holds the old node v. */
  private static Level aggregate(Level level, int[] aggregateOf, int nodes) {
    int k = level.nodes;
    // Old nodes grouped by aggregate, in order: a counting sort.
    int[] oldStart = new int[nodes + 1];
    int[] memberStart = new int[nodes + 1];
    for (int v = 0; v < k; v++) {
      oldStart[aggregateOf[v] + 1]++;
      memberStart[aggregateOf[v] + 1] += level.memberStart[v + 1] - level.memberStart[v];
    }
    for (int a = 0; a < nodes; a++) {
      oldStart[a + 1] += oldStart[a];
      memberStart[a + 1] += memberStart[a];
    }
    int[] old = new int[k];
    int[] oldFill = oldStart.clone();
    int[] members = new int[level.members.length];
    int[] memberFill = memberStart.clone();
    for (int v = 0; v < k; v++) {
      int a = aggregateOf[v];
      old[oldFill[a]++] = v;
      for (int i = level.memberStart[v]; i < level.memberStart[v + 1]; i++) {
        members[memberFill[a]++] = level.members[i];
      }
    }
    int[] linkStart = new int[nodes + 1];
    int[] linkTarget = new int[level.linkTarget.length];
    double[] linkWeight = new double[level.linkTarget.length];
    double[] weightTo = new double[nodes];
    int[] touched = new int[nodes];
    int links = 0;
    for (int a = 0; a < nodes; a++) {
      int count = 0;
      for (int i = oldStart[a]; i < oldStart[a + 1]; i++) {
        int v = old[i];
        for (int s = level.linkStart[v]; s < level.linkStart[v + 1]; s++) {
          int b = aggregateOf[level.linkTarget[s]];
          if (b != a) {
            if (weightTo[b] == 0) {
              touched[count++] = b;
            }
            weightTo[b] += level.linkWeight[s];
          }
        }
      }
      for (int i = 0; i < count; i++) {
        linkTarget[links] = touched[i];
        linkWeight[links++] = weightTo[touched[i]];
        weightTo[touched[i]] = 0;
      }
      linkStart[a + 1] = links;
    }
    return new Level(
        nodes,
        memberStart,
        members,
        linkStart,
        Arrays.copyOf(linkTarget, links),
        Arrays.copyOf(linkWeight, links));
  }

  private int[] randomPermutation(int k) {
    int[] p = new int[k];
    Arrays.setAll(p, i -> i);
    for (int i = k - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private static int distinct(int[] ids) {
    boolean[] seen = new boolean[ids.length];
    int count = 0;
    for (int id : ids) {
      if (!seen[id]) {
        seen[id] = true;
        count++;
      }
    }
    return count;
  }

  /** Renumbers ids in {@code 0..bound-1} to {@code 0..distinct-1} in order of first use. */
  private static int[] denseIds(int[] ids, int bound) {
    int[] map = new int[bound];
    Arrays.fill(map, -1);
    int next = 0;
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      if (map[ids[i]] < 0) {
        map[ids[i]] = next++;
      }
      out[i] = map[ids[i]];
    }
    return out;
  }

  /** The clusters linked to one node, with the link weight to each; the node's own first. */
  private static final class Candidates {
    final int[] ids;
    final double[] weight;
    final boolean[] listed;
    int count;

    Candidates(int k) {
      ids = new int[k];
      weight = new double[k];
      listed = new boolean[k];
    }

    /**
     * Lists {@code own} and the clusters of v's neighbours; with a {@code parent} partition, only
     * the neighbours in v's parent cluster.
     */
    void collect(Level level, int v, int[] clusterOf, int own, int[] parent) {
      count = 0;
      listed[own] = true;
      ids[count++] = own;
      for (int s = level.linkStart[v]; s < level.linkStart[v + 1]; s++) {
        int u = level.linkTarget[s];
        if (parent != null && parent[u] != parent[v]) {
          continue;
        }
        int c = clusterOf[u];
        if (!listed[c]) {
          listed[c] = true;
          ids[count++] = c;
        }
        weight[c] += level.linkWeight[s];
      }
    }

    void clear() {
      for (int i = 0; i < count; i++) {
        listed[ids[i]] = false;
        weight[ids[i]] = 0;
      }
      count = 0;
    }
  }

  /**
   * Disjoint sets of cities, each stored contiguously for the expected-weight sums, with O(1)
   * insertion and removal; arrays grow and shrink by halves, so memory stays O(n + sets).
   */
  private static final class CitySets {
    private static final int MIN_CAPACITY = 4;
    private final int[][] members;
    private final int[] size;
    private final int[] position;

    private CitySets(int sets, int cities) {
      members = new int[sets][];
      size = new int[sets];
      position = new int[cities];
    }

    /** One set per id of {@code setOfNode}, holding the cities of the nodes given that id. */
    static CitySets of(Level level, int[] setOfNode) {
      CitySets sets = new CitySets(level.nodes, level.members.length);
      int[] cities = new int[level.nodes];
      for (int v = 0; v < level.nodes; v++) {
        cities[setOfNode[v]] += level.memberStart[v + 1] - level.memberStart[v];
      }
      for (int c = 0; c < level.nodes; c++) {
        sets.members[c] = new int[Math.max(MIN_CAPACITY, cities[c])];
      }
      for (int v = 0; v < level.nodes; v++) {
        sets.addNode(level, v, setOfNode[v]);
      }
      return sets;
    }

    void addNode(Level level, int v, int set) {
      for (int k = level.memberStart[v]; k < level.memberStart[v + 1]; k++) {
        int city = level.members[k];
        if (size[set] == members[set].length) {
          members[set] = Arrays.copyOf(members[set], 2 * size[set]);
        }
        position[city] = size[set];
        members[set][size[set]++] = city;
      }
    }

    void removeNode(Level level, int v, int set) {
      int[] list = members[set];
      for (int k = level.memberStart[v]; k < level.memberStart[v + 1]; k++) {
        int city = level.members[k];
        int last = list[--size[set]];
        list[position[city]] = last;
        position[last] = position[city];
      }
      if (list.length > MIN_CAPACITY && size[set] < list.length / 4) {
        members[set] = Arrays.copyOf(list, Math.max(MIN_CAPACITY, 2 * size[set]));
      }
    }

    /** {@code P(v, set)}: the weight the model expects between node v's cities and the set. */
    double expected(GravityNullModel model, Level level, int v, int set) {
      double sum = 0;
      for (int k = level.memberStart[v]; k < level.memberStart[v + 1]; k++) {
        sum += model.expectedTo(level.members[k], members[set], 0, size[set]);
      }
      return sum;
    }
  }
}

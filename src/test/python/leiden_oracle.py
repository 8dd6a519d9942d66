"""Oracle for LeidenClustering: igraph's best-of-10 Leiden modularity and NetworkX's modularity
of our partition.

Usage: leiden_oracle.py EDGES PARTITION
  EDGES      first line n (vertices 0..n-1), then one "u v weight" line per undirected edge
  PARTITION  one cluster id per line, line i = vertex i
Prints "igraph_best=<Q>" and "networkx=<Q>", one per line, with full precision.
"""
import random
import sys

import igraph as ig
import networkx as nx


def main(edges_path, partition_path):
    with open(edges_path) as f:
        n = int(f.readline())
        rows = [line.split() for line in f if line.strip()]
    nodes = range(n)
    edges = [(int(u), int(v)) for u, v, _ in rows]
    weights = [float(w) for _, _, w in rows]
    with open(partition_path) as f:
        cluster_of = [int(line) for line in f if line.strip()]

    h = ig.Graph(n=len(nodes), edges=edges)
    h.es["weight"] = weights
    best = -1
    for s in range(10):
        random.seed(s)
        p = h.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
        best = max(best, h.modularity(p, weights="weight"))

    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_weighted_edges_from((u, v, w) for (u, v), w in zip(edges, weights))
    parts = {}
    for v, c in enumerate(cluster_of):
        parts.setdefault(c, set()).add(v)
    ours = nx.community.modularity(g, parts.values(), weight="weight")

    print(f"igraph_best={best!r}")
    print(f"networkx={ours!r}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

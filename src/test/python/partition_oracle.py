"""Oracle for the community package's CPM clustering and partition similarity, with python-igraph.

Usage:
  partition_oracle.py similarity PAIRS
      PAIRS: one comparison per line, "a_0 a_1 ... | b_0 b_1 ..." (two cluster ids per item)
      Prints "ari nmi" per line from igraph.compare_communities (method "ari" and "nmi"; igraph's
      NMI is Danon et al.'s, normalised by the arithmetic mean of the entropies).
  partition_oracle.py cpm EDGES PARTITION RESOLUTION
      EDGES: first line n, then "u v weight" per undirected edge; PARTITION: one id per line.
      Runs igraph's Leiden with objective CPM (node weights 1) ten times to convergence and prints
      "igraph_best=<H>", "ours=<H>" and "igraph_partition=<ids>", where H is the CPM quality
      sum_c [w_c - resolution * n_c (n_c - 1) / 2] computed here from the edge list.
"""
import random
import sys
from collections import Counter

import igraph as ig


def cpm_quality(edges, weights, membership, resolution):
    inside = sum(w for (u, v), w in zip(edges, weights) if membership[u] == membership[v])
    pairs = sum(k * (k - 1) / 2 for k in Counter(membership).values())
    return inside - resolution * pairs


def similarity(path):
    with open(path) as f:
        for line in f:
            if not line.strip():
                continue
            left, right = line.split("|")
            a = [int(x) for x in left.split()]
            b = [int(x) for x in right.split()]
            ari = ig.compare_communities(a, b, method="ari")
            nmi = ig.compare_communities(a, b, method="nmi")
            print(f"{ari!r} {nmi!r}")


def cpm(edges_path, partition_path, resolution):
    with open(edges_path) as f:
        n = int(f.readline())
        rows = [line.split() for line in f if line.strip()]
    edges = [(int(u), int(v)) for u, v, _ in rows]
    weights = [float(w) for _, _, w in rows]
    with open(partition_path) as f:
        ours = [int(line) for line in f if line.strip()]
    g = ig.Graph(n=n, edges=edges)
    g.es["weight"] = weights
    best, best_membership = float("-inf"), None
    for s in range(10):
        random.seed(s)
        p = g.community_leiden(
            objective_function="CPM", weights="weight", resolution_parameter=resolution, n_iterations=-1
        )
        h = cpm_quality(edges, weights, p.membership, resolution)
        if h > best:
            best, best_membership = h, p.membership
    print(f"igraph_best={best!r}")
    print(f"ours={cpm_quality(edges, weights, ours, resolution)!r}")
    print("igraph_partition=" + " ".join(map(str, best_membership)))


if __name__ == "__main__":
    if sys.argv[1] == "similarity":
        similarity(sys.argv[2])
    else:
        cpm(sys.argv[2], sys.argv[3], float(sys.argv[4]))

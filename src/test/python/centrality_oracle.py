"""Per-city measures computed by NetworkX/numpy: the oracle for org.citynet.analysis.centrality.

Usage: centrality_oracle.py NODES EDGES
  NODES: one vertex index per line, 0..n-1
  EDGES: lines "u v weight"; repeated pairs are summed into one edge
Prints one JSON object {measure: [value of vertex 0, value of vertex 1, ...]}.
Exits with status 1 when the largest eigenvalue is not simple (the eigenvector is then undefined).
"""
import json
import sys

import networkx as nx
import numpy as np


def main(nodes_file, edges_file):
    g = nx.Graph()
    with open(nodes_file) as f:
        g.add_nodes_from(int(line) for line in f if line.strip())
    with open(edges_file) as f:
        for line in f:
            if not line.strip():
                continue
            u, v, w = line.split()
            u, v, w = int(u), int(v), float(w)
            if g.has_edge(u, v):
                g[u][v]["weight"] += w
            else:
                g.add_edge(u, v, weight=w)
    n = g.number_of_nodes()
    nodes = list(range(n))
    assert sorted(g.nodes()) == nodes, "vertices must be 0..n-1"

    harmonic = nx.harmonic_centrality(g)
    pagerank = nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)
    measures = {
        "degree": dict(g.degree()),
        "strength": dict(g.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(g, normalized=True),
        "closeness": nx.closeness_centrality(g, wf_improved=True),
        "harmonic": {v: harmonic[v] / (n - 1) if n > 1 else 0.0 for v in nodes},
        "pagerank": pagerank,
        "eigenvector": eigenvector(g, nodes),
        "coreness": nx.core_number(g),
        "clustering": nx.clustering(g),
        "component": components(g),
    }
    print(json.dumps({name: [values[v] for v in nodes] for name, values in measures.items()}))


def eigenvector(g, nodes):
    """abs(numpy eigh's eigenvector of the largest eigenvalue of weighted A) / its max.

    A is block diagonal by component, so eigh runs on each block (the same eigenpairs, and far
    faster than one dense n x n eigh): the top eigenvector of A is that of the block with the
    largest eigenvalue, padded with zeros.
    """
    blocks = []
    for c in nx.connected_components(g):
        members = sorted(c)
        a = nx.to_numpy_array(g, nodelist=members, weight="weight")
        values, vectors = np.linalg.eigh(a)
        blocks.append((values, vectors, members))
    spectrum = np.sort(np.concatenate([values for values, _, _ in blocks]))
    if spectrum[-1] <= 0:  # no edges: every vector is an eigenvector; the contract says all 0
        return {v: 0.0 for v in nodes}
    if len(spectrum) > 1 and spectrum[-1] - spectrum[-2] < 1e-9 * spectrum[-1]:
        sys.exit("largest eigenvalue is not simple: the eigenvector is undefined")
    values, vectors, members = max(blocks, key=lambda b: b[0][-1])
    x = np.abs(vectors[:, -1])
    x = x / x.max()
    result = {v: 0.0 for v in nodes}
    result.update({v: float(x[i]) for i, v in enumerate(members)})
    return result


def components(g):
    ordered = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    return {v: i for i, c in enumerate(ordered) for v in c}


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

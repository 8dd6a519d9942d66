"""NetworkX's degree assortativity of an undirected graph: the oracle of
org.citynet.analysis.centrality.DegreeAssortativity.

Usage: degree_assortativity_oracle.py NODE_COUNT EDGES
  EDGES: one "u v" pair per line, vertices numbered 0..NODE_COUNT-1.
Prints the coefficient in Python's round-trip form ("nan" when undefined).
"""
import sys
import warnings

import networkx as nx


def main(node_count, edges):
    g = nx.Graph()
    g.add_nodes_from(range(int(node_count)))
    with open(edges, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                u, v = line.split()
                g.add_edge(int(u), int(v))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        print(repr(float(nx.degree_assortativity_coefficient(g))))


if __name__ == "__main__":
    main(*sys.argv[1:3])

"""NetworkX's assortativity coefficients, the oracle of AssortativityJackknifeTest.

Usage: assortativity_oracle.py GRAPHS
GRAPHS holds one graph per line: "n | u-v u-v ... | unit unit ..." (unit -1: unknown). Prints one
line per graph: the degree assortativity and the attribute assortativity over the links whose ends
both have a known unit ("nan" where NetworkX gives NaN).
"""
import math
import sys
import warnings

import networkx as nx

warnings.simplefilter("ignore")

for line in open(sys.argv[1]):
    n, edges, units = line.split("|")
    g = nx.Graph()
    g.add_nodes_from(range(int(n)))
    g.add_edges_from(tuple(map(int, e.split("-"))) for e in edges.split())
    unit = list(map(int, units.split()))
    degree = nx.degree_assortativity_coefficient(g)
    known = g.subgraph([v for v in g if unit[v] >= 0]).copy()
    known.remove_nodes_from([v for v in list(known) if known.degree(v) == 0])
    nx.set_node_attributes(known, {v: unit[v] for v in known}, "unit")
    attribute = (
        nx.attribute_assortativity_coefficient(known, "unit")
        if known.number_of_edges() > 0
        else float("nan")
    )
    print(" ".join("nan" if math.isnan(x) else repr(x) for x in (degree, attribute)))

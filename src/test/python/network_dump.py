"""Reads a GraphML or GEXF file with NetworkX (a GEXF checked against the GEXF 1.3 grammar first,
see gexf13.py) and prints what it holds as JSON: the graph's own attributes ("graph") and every
node's attributes ("nodes", by node id). The JUnit tests of org.citynet.export.network assert on it.

Usage: network_dump.py FILE
"""
import json
import sys

import networkx as nx

import gexf13

path = sys.argv[1]
g = nx.read_graphml(path) if path.endswith(".graphml") else gexf13.read(path)
graph = {k: v for k, v in g.graph.items() if isinstance(v, str)}
print(json.dumps({"graph": graph, "nodes": {n: d for n, d in g.nodes(data=True)}}))

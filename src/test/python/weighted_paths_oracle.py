"""Betweenness, closeness and harmonic over weighted path lengths, computed by NetworkX: the oracle
for org.citynet.analysis.centrality.WeightedShortestPathCentralities.

Usage: weighted_paths_oracle.py NODES EDGES
  NODES: lines "v lat lon", v = 0..n-1
  EDGES: lines "u v weight km", each edge once; km is citynet's geodesic length of the edge
Prints one line per path length and measure: "LENGTH MEASURE value0 value1 ...", LENGTH being
inverse-weight (1 / weight, computed here) or km (as given, after checking it against pyproj's
WGS84 geodesic when pyproj is installed). Exits with status 1 when a km length is off.
"""
import sys

import networkx as nx


def main(nodes_file, edges_file):
    g = nx.Graph()
    place = {}
    with open(nodes_file) as f:
        for line in f:
            if line.strip():
                v, lat, lon = line.split()
                g.add_node(int(v))
                place[int(v)] = (float(lat), float(lon))
    with open(edges_file) as f:
        for line in f:
            if line.strip():
                u, v, w, km = line.split()
                g.add_edge(int(u), int(v), weight=float(w), km=float(km))
    n = g.number_of_nodes()
    nodes = list(range(n))
    assert sorted(g.nodes()) == nodes, "vertices must be 0..n-1"
    check_km(g, place)
    for u, v, d in g.edges(data=True):
        d["inverse-weight"] = 1 / d["weight"]
    for length in ("inverse-weight", "km"):
        harmonic = nx.harmonic_centrality(g, distance=length)
        measures = {
            "betweenness": nx.betweenness_centrality(g, weight=length, normalized=True),
            "closeness": nx.closeness_centrality(g, distance=length),
            "harmonic": {v: harmonic[v] / (n - 1) if n > 1 else 0.0 for v in nodes},
        }
        for name, values in measures.items():
            print(length, name, " ".join(repr(float(values[v])) for v in nodes))


def check_km(g, place):
    try:
        from pyproj import Geod
    except ImportError:
        return
    geod = Geod(ellps="WGS84")
    for u, v, d in g.edges(data=True):
        (lat1, lon1), (lat2, lon2) = place[u], place[v]
        km = geod.inv(lon1, lat1, lon2, lat2)[2] / 1000
        if abs(km - d["km"]) > 1e-9 * max(1.0, km):
            sys.exit(f"edge {u}-{v}: citynet says {d['km']} km, pyproj {km} km")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

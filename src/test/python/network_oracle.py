#!/usr/bin/python3
"""Recompute citynet's per-city measures with NetworkX and its clustering quality with igraph.

Usage: network_oracle.py CITIES.csv LINKS.csv OUT.gpkg
Reads the `cities` layer of the GeoPackage citynet wrote (plain sqlite3: a GeoPackage is SQLite),
compares every measure with NetworkX's (relative tolerance 1e-6) and the modularity of the
`cluster` column with python-igraph's Leiden, best of 10 seeds. Prints one line per check and
exits 1 when any check fails.
"""
import csv
import math
import random
import sqlite3
import sys

import networkx as nx
import numpy as np


def network(cities, links):
    g = nx.Graph()
    with open(cities, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            g.add_node(row["id"])
    with open(links, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            a, b = row["source"], row["target"]
            if a == b:
                continue
            w = float(row.get("weight") or 1)
            if g.has_edge(a, b):
                g[a][b]["weight"] += w
            else:
                g.add_edge(a, b, weight=w)
    return g


def measures(g):
    n = g.number_of_nodes()
    nodes = list(g.nodes())
    a = nx.to_numpy_array(g, nodelist=nodes, weight="weight")
    _, vectors = np.linalg.eigh(a)
    lead = np.abs(vectors[:, -1])
    top = lead.max() or 1.0
    harmonic = nx.harmonic_centrality(g)
    return {
        "degree": dict(g.degree()),
        "strength": dict(g.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(g, normalized=True),
        "closeness": nx.closeness_centrality(g, wf_improved=True),
        "harmonic": {v: harmonic[v] / (n - 1) if n > 1 else 0.0 for v in g},
        "pagerank": nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000),
        "eigenvector": {v: x / top for v, x in zip(nodes, lead)},
        "coreness": nx.core_number(g),
        "clustering": nx.clustering(g),
    }


def igraph_leiden_best(g, tries=10):
    import igraph as ig

    nodes = list(g.nodes())
    index = {v: i for i, v in enumerate(nodes)}
    h = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in g.edges()])
    h.es["weight"] = [d["weight"] for _, _, d in g.edges(data=True)]
    best = -1.0
    for seed in range(tries):
        random.seed(seed)
        p = h.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
        best = max(best, h.modularity(p, weights="weight"))
    return best


def main(cities, links, gpkg, tol=1e-6):
    g = network(cities, links)
    con = sqlite3.connect(gpkg)
    cur = con.execute("SELECT * FROM cities")
    columns = [d[0] for d in cur.description]
    rows = {str(r[columns.index("id")]): dict(zip(columns, r)) for r in cur.fetchall()}
    failures = 0
    if set(rows) != set(g.nodes()):
        print(f"ids: layer has {len(rows)}, input has {g.number_of_nodes()}")
        failures += 1
    for name, expected in measures(g).items():
        worst, where = 0.0, None
        for v, e in expected.items():
            got = rows.get(v, {}).get(name)
            if got is None:
                worst, where = math.inf, v
                break
            err = abs(float(got) - float(e)) / max(1.0, abs(float(e)))
            if err > worst:
                worst, where = err, v
        ok = worst <= tol
        failures += not ok
        print(f"{name}: max relative error {worst:.2e} {'ok' if ok else 'MISMATCH at ' + str(where)}")
    parts = {}
    for v, r in rows.items():
        parts.setdefault(r["cluster"], set()).add(v)
    q = nx.community.modularity(g, list(parts.values()), weight="weight")
    reference = igraph_leiden_best(g)
    ok = q >= reference - 0.002
    failures += not ok
    print(f"modularity: citynet {q:.5f}, igraph leiden best of 10 {reference:.5f} {'ok' if ok else 'BELOW'}")
    print(f"oracle: {failures} failed checks")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

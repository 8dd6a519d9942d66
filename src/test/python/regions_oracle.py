"""Oracle for the regions package: NetworkX attribute mixing and a numpy/scipy distance decay.

Usage:
  regions_oracle.py mixing NODES EDGES
      NODES: a tab-separated header of attribute names, then one line per vertex 0..n-1 with its
        unit for each attribute ("" = unknown: the vertex and its edges are left out)
      EDGES: "u v" per undirected edge
      Prints, per attribute A, "A.assortativity=", "A.within=" (trace of the normalised mixing
      matrix) and "A.expected=" (sum of its squared row sums) from
      networkx.attribute_assortativity_coefficient and networkx.attribute_mixing_matrix.
  regions_oracle.py decay CITIES EDGES MIN_KM BINS_PER_DECADE
      CITIES: "lat lon" per vertex; EDGES as above.
      Haversine distances on the sphere of radius 6371.0072 km for all pairs and all edges,
      counted in the bands [0, min), then min * 10^(k / b) up to half the circumference; a
      scipy.stats.linregress of log10(links / pairs) on log10 of the band's geometric centre
      over bands (first excepted) with links; the interval uses scipy.stats.t.ppf(0.975, k - 2).
      Prints "links=", "pairs=" (space-separated per band) and "slope=", "stderr=", "lower=",
      "upper=", "intercept=", "rsquared=", "bins=".
"""
import math
import sys

import networkx as nx
import numpy as np
from scipy import stats

RADIUS_KM = 6371.0072


def number(x):
    """A float as Java's Double.parseDouble reads it (NaN, not nan)."""
    return "NaN" if math.isnan(x) else repr(float(x))


def mixing(nodes_path, edges_path):
    with open(nodes_path, encoding="utf-8") as f:
        names = f.readline().rstrip("\n").split("\t")
        rows = [line.rstrip("\n").split("\t") for line in f]
    with open(edges_path) as f:
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    for a, name in enumerate(names):
        units = [row[a] for row in rows]
        g = nx.Graph()
        for v, unit in enumerate(units):
            if unit:
                g.add_node(v, unit=unit)
        g.add_edges_from((u, v) for u, v in edges if units[u] and units[v])
        with np.errstate(invalid="ignore", divide="ignore"):
            # One unit only: NetworkX divides 0 by 0, which is NaN as in citynet.
            r = nx.attribute_assortativity_coefficient(g, "unit")
        m = nx.attribute_mixing_matrix(g, "unit", normalized=True)
        print(f"{name}.assortativity={number(r)}")
        print(f"{name}.within={number(np.trace(m))}")
        print(f"{name}.expected={number((m.sum(axis=1) ** 2).sum())}")


def decay(cities_path, edges_path, min_km, per_decade):
    coords = np.loadtxt(cities_path, ndmin=2)
    lat, lon = np.radians(coords[:, 0]), np.radians(coords[:, 1])
    half = math.pi * RADIUS_KM
    edges_km = [min_km]
    k = 1
    while edges_km[-1] < half:
        edges_km.append(min(half, min_km * 10 ** (k / per_decade)))
        k += 1
    upper = np.array(edges_km)

    def haversine(i, j):
        a = (np.sin((lat[j] - lat[i]) / 2) ** 2
             + np.cos(lat[i]) * np.cos(lat[j]) * np.sin((lon[j] - lon[i]) / 2) ** 2)
        return 2 * RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))

    def band(d):
        return np.minimum(np.searchsorted(upper, d, side="right"), len(upper) - 1)

    n = len(lat)
    i, j = np.triu_indices(n, 1)
    pairs = np.bincount(band(haversine(i, j)), minlength=len(upper))
    e = np.loadtxt(edges_path, dtype=int, ndmin=2)
    links = np.bincount(band(haversine(e[:, 0], e[:, 1])), minlength=len(upper))
    print("links=" + " ".join(map(str, links)))
    print("pairs=" + " ".join(map(str, pairs)))
    lower = np.concatenate([[0], upper[:-1]])
    use = (links > 0) & (pairs > 0)
    use[0] = False
    x = np.log10(np.sqrt(lower[use] * upper[use]))
    y = np.log10(links[use] / pairs[use])
    fit = stats.linregress(x, y)
    t = stats.t.ppf(0.975, len(x) - 2)
    print(f"slope={fit.slope!r}")
    print(f"stderr={fit.stderr!r}")
    print(f"lower={fit.slope - t * fit.stderr!r}")
    print(f"upper={fit.slope + t * fit.stderr!r}")
    print(f"intercept={fit.intercept!r}")
    print(f"rsquared={fit.rvalue ** 2!r}")
    print(f"bins={len(x)}")


if __name__ == "__main__":
    if sys.argv[1] == "mixing":
        mixing(sys.argv[2], sys.argv[3])
    else:
        decay(sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5]))

"""Oracle for the gravity null model and Q_grav (Expert et al., PNAS 108 (2011) 7663), with numpy.

Usage:
  gravity_oracle.py INPUT
      INPUT: first line "n bins"; then n lines "lat lon importance cluster"; then one line per
      undirected link "u v weight".
      Prints "q=<Q_grav>" and "f=<f_0> <f_1> ..." computed here from scratch: haversine distances
      on the sphere of radius 6371.0088 km, equal-width bins over [0, max distance] (the largest
      distance in the last bin), f(bin) = sum of A_ij / sum of N_i N_j over the pairs i != j in
      the bin, P_ij = N_i N_j f(d_ij), Q = sum over same-cluster pairs of (A_ij - P_ij) / 2m.
"""
import sys

import numpy as np

R = 6371.0088


def main(path):
    with open(path) as f:
        n, bins = (int(x) for x in f.readline().split())
        rows = [f.readline().split() for _ in range(n)]
        links = [line.split() for line in f if line.strip()]
    lat = np.radians([float(r[0]) for r in rows])
    lon = np.radians([float(r[1]) for r in rows])
    importance = np.array([float(r[2]) for r in rows])
    cluster = np.array([int(r[3]) for r in rows])
    a = np.zeros((n, n))
    for u, v, w in links:
        a[int(u), int(v)] += float(w)
        a[int(v), int(u)] += float(w)
    dlat = lat[:, None] - lat[None, :]
    dlon = lon[:, None] - lon[None, :]
    h = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
    d = 2 * R * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
    off = ~np.eye(n, dtype=bool)
    edges = np.linspace(0, d[off].max(), bins + 1)
    b = np.clip(np.searchsorted(edges, d, side="right") - 1, 0, bins - 1)
    nn = np.outer(importance, importance)
    f = np.zeros(bins)
    for k in range(bins):
        mask = off & (b == k)
        if nn[mask].sum() > 0:
            f[k] = a[mask].sum() / nn[mask].sum()
    p = nn * f[b] * off
    same = cluster[:, None] == cluster[None, :]
    q = ((a - p) * same).sum() / a.sum()
    print(f"q={q!r}")
    print("f=" + " ".join(repr(x) for x in f))


if __name__ == "__main__":
    main(sys.argv[1])

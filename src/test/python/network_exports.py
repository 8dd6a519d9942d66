"""Reads citynet's network exports back with NetworkX (the GEXF checked against the GEXF 1.3
grammar first, see gexf13.py) and the csv module and compares every value
with the expectations the JUnit test wrote: the client check of org.citynet.export.network.

Usage: network_exports.py EXPECTED GRAPHML GEXF CITIES_CSV LINKS_CSV
  EXPECTED: tab-separated lines "city ID ATTRIBUTE TYPE VALUE" and
            "link SOURCE TARGET ATTRIBUTE TYPE VALUE"; TYPE is text, integer, double or boolean;
            an attribute a row lacks is not listed (it must then be missing, or empty in CSV);
            a line break in VALUE is written as backslash-n.
Prints one line per mismatch and exits 1 when there is any.
"""
import csv
import math
import sys

import networkx as nx

import gexf13

failures = []


def typed(kind, text):
    text = text.replace("\\n", "\n")
    if kind == "integer":
        return int(text)
    if kind == "double":
        return float(text)
    if kind == "boolean":
        return text == "true"
    return text


def same(a, b):
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b and type(a) is type(b)


def expectations(path):
    cities, links, kinds = {}, {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "city":
                _, city, name, kind, value = fields
                cities.setdefault(city, {})[name] = typed(kind, value)
            else:
                _, a, b, name, kind, value = fields
                links.setdefault(frozenset((a, b)), {})[name] = typed(kind, value)
            kinds[name] = kind
    return cities, links, kinds


def check_graph(fmt, g, cities, links, ignored):
    if set(g.nodes) != set(cities):
        failures.append(f"{fmt}: nodes differ")
    for city, want in cities.items():
        got = {k: v for k, v in g.nodes[city].items() if k not in ignored}
        want = {k: v for k, v in want.items() if k != "id"}
        for name in set(got) | set(want):
            if name not in got or name not in want or not same(got[name], want[name]):
                failures.append(f"{fmt}: city {city} {name}: {got.get(name)!r} != {want.get(name)!r}")
    edges = {frozenset((a, b)): d for a, b, d in g.edges(data=True)}
    if set(edges) != set(links):
        failures.append(f"{fmt}: edges differ")
    for pair, want in links.items():
        got = {k: v for k, v in edges.get(pair, {}).items() if k not in ignored}
        want = {k: v for k, v in want.items() if k not in ("source", "target")}
        for name in set(got) | set(want):
            if name not in got or name not in want or not same(got[name], want[name]):
                failures.append(f"{fmt}: link {sorted(pair)} {name}: {got.get(name)!r} != {want.get(name)!r}")


def check_csv(path, key, rows_expected, kinds):
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if raw.startswith("\ufeff") or "\r\n" not in raw:
        failures.append(f"{path}: not UTF-8 without BOM with CRLF line ends")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if len(rows) != len(rows_expected):
        failures.append(f"{path}: {len(rows)} rows, expected {len(rows_expected)}")
    for row in rows:
        want = rows_expected.get(key(row))
        if want is None:
            failures.append(f"{path}: unexpected row {key(row)}")
            continue
        for name, text in row.items():
            got = typed(kinds[name], text) if text != "" else None
            if name not in want:
                if text != "":
                    failures.append(f"{path}: {key(row)} {name} should be empty, is {text!r}")
            elif not same(got, want[name]):
                failures.append(f"{path}: {key(row)} {name}: {got!r} != {want[name]!r}")


def main(expected, graphml, gexf, cities_csv, links_csv):
    cities, links, kinds = expectations(expected)
    check_graph("graphml", nx.read_graphml(graphml), cities, links, set())
    g = gexf13.read(gexf)
    for city, want in cities.items():
        if g.nodes[city].get("label") != want["name"]:
            failures.append(f"gexf: city {city} label {g.nodes[city].get('label')!r}")
    check_graph("gexf", g, cities, links, {"label", "id"})
    check_csv(cities_csv, lambda r: r["id"], cities, kinds)
    check_csv(links_csv, lambda r: frozenset((r["source"], r["target"])), links, kinds)
    for line in failures[:50]:
        print(line)
    print(f"{len(failures)} mismatches")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main(*sys.argv[1:6])

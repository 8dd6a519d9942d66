#!/usr/bin/env python3
"""Derive citynet's twin-cities-world dataset (cities.csv, links.csv).

Input: the sister-cities folder (nodes.csv, links.csv converted from Hekman/twincities; see
SOURCE.md) and datasets/mayoral-forum (Mayoral Forum editions and CIFAL centres). The script
uses only the Python standard library and gives the same output every time it runs.

Usage:
    python3 datasets/twin-cities-world/derive.py SISTER_CITIES_DIR \
        [--mayoral-forum DIR] [--out DIR]

Two columns are added to the source nodes:
  forum_host_years  the years of the Mayoral Forum editions the city hosted, ";"-separated;
  cifal_centre      the name(s) of the UNITAR CIFAL centre(s) in the city, ";"-separated.
A host or centre is matched to a node by GeoNames id; if no node has that id, it is matched to the
nearest node with the same name and country within 30 km. If several nodes have the id, the
nearest one is used. Centres with no coordinates in the source are not matched. Each match and
non-match is printed to stdout. SOURCE.md quotes that report.
"""

import argparse
import csv
import math
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
MATCH_RADIUS_KM = 30.0
EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius

CITY_COLUMNS = [
    "id", "name", "country", "lat", "lon", "population", "geonameid",
    "country_from_coords", "forum_host_years", "cifal_centre",
]
LINK_COLUMNS = ["source", "target", "both_directions_listed"]


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write_csv(path, columns, rows):
    # csv's defaults are RFC 4180: CRLF line ends, quotes only when a field needs them.
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(columns)
        w.writerows(rows)


def normalised(name):
    """Case-, accent- and qualifier-insensitive form: 'Iwaki (Fukushima)' == 'iwaki'."""
    name = re.sub(r"\s*\(.*\)\s*$", "", name)
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance (haversine on the mean sphere); ample for a 30 km radius."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


class NodeIndex:
    """Finds the node of a place, by GeoNames id first, then by name and country nearby."""

    def __init__(self, nodes):
        self.by_geonameid = {}
        self.by_name = {}
        for node in nodes:
            if node["geonameid"]:
                self.by_geonameid.setdefault(node["geonameid"], []).append(node)
            key = (normalised(node["name"]), node["country_iso2"])
            self.by_name.setdefault(key, []).append(node)

    def find(self, geonameid, name, country, lat, lon):
        """Returns (node, how) or (None, why not)."""

        def nearest(candidates):
            return min(
                candidates,
                key=lambda n: distance_km(lat, lon, float(n["lat"]), float(n["lon"])),
            )

        if geonameid in self.by_geonameid:
            return nearest(self.by_geonameid[geonameid]), "geonameid " + geonameid
        near = [
            n
            for n in self.by_name.get((normalised(name), country), [])
            if distance_km(lat, lon, float(n["lat"]), float(n["lon"])) <= MATCH_RADIUS_KM
        ]
        if near:
            node = nearest(near)
            d = distance_km(lat, lon, float(node["lat"]), float(node["lon"]))
            return node, f"same name and country, {d:.1f} km away"
        return None, (
            f"no node with geonameid {geonameid or '(none)'} "
            f"nor named '{name}' in {country} within {MATCH_RADIUS_KM:g} km"
        )


def describe(node):
    return f"node {node['id']} {node['name']} ({node['country_iso2']})"


def tag_hosts(index, editions, tags):
    print("Mayoral Forum hosts (mayoral_forum_editions.csv):")
    for e in editions:
        node, how = index.find(
            e["geonameid"], e["host_city"], e["country_iso2"], float(e["lat"]), float(e["lon"])
        )
        label = f"  {e['year']} {e['host_city']} ({e['country_iso2']})"
        if node is None:
            print(f"{label}: NOT MATCHED, {how}")
            continue
        print(f"{label} -> {describe(node)} by {how}")
        tags.setdefault(node["id"], {}).setdefault("forum_host_years", []).append(e["year"])


def tag_centres(index, centres, tags):
    print("CIFAL centres (cifal_centres_partial.csv):")
    for c in centres:
        label = f"  {c['centre']} ({c['city_as_reported']}, {c['country'] or '?'})"
        if not (c["lat"] and c["lon"]):
            print(f"{label}: NOT MATCHED, the source gives no city with coordinates")
            continue
        node, how = index.find(
            c["geonameid"], c["city_as_reported"], c["country_iso2"],
            float(c["lat"]), float(c["lon"]),
        )
        if node is None:
            print(f"{label}: NOT MATCHED, {how}")
            continue
        print(f"{label} -> {describe(node)} by {how}")
        tags.setdefault(node["id"], {}).setdefault("cifal_centre", []).append(c["centre"])


def city_rows(nodes, tags):
    for n in nodes:
        t = tags.get(n["id"], {})
        yield [
            n["id"], n["name"], n["country_iso2"], n["lat"], n["lon"], n["population"],
            n["geonameid"], n["country_iso2_from_coords"],
            ";".join(sorted(set(t.get("forum_host_years", [])))),
            ";".join(t.get("cifal_centre", [])),
        ]


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "sister_cities", type=Path, help="folder with the sister-cities nodes.csv and links.csv"
    )
    parser.add_argument(
        "--mayoral-forum", type=Path, default=HERE.parent / "mayoral-forum",
        help="folder with mayoral_forum_editions.csv and cifal_centres_partial.csv "
        "(default: datasets/mayoral-forum)",
    )
    parser.add_argument(
        "--out", type=Path, default=HERE, help="output folder (default: this script's folder)"
    )
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(encoding="utf-8")  # the report names cities such as Málaga

    nodes = read_csv(args.sister_cities / "nodes.csv")
    links = read_csv(args.sister_cities / "links.csv")
    index = NodeIndex(nodes)
    tags = {}
    tag_hosts(index, read_csv(args.mayoral_forum / "mayoral_forum_editions.csv"), tags)
    tag_centres(index, read_csv(args.mayoral_forum / "cifal_centres_partial.csv"), tags)

    write_csv(args.out / "cities.csv", CITY_COLUMNS, city_rows(nodes, tags))
    write_csv(
        args.out / "links.csv",
        LINK_COLUMNS,
        ([l["source"], l["target"], l["both_directions_listed"]] for l in links),
    )
    print(f"{len(nodes)} cities, {len(links)} links -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

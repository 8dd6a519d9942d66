#!/usr/bin/env python3
"""Derive citynet's twin-cities-world dataset (cities.csv, links.csv).

Input: the sister-cities folder (nodes.csv, links.csv converted from Hekman/twincities; see
SOURCE.md) and datasets/mayoral-forum (Mayoral Forum editions and CIFAL centres). The script
uses only the Python standard library and gives the same output every time it runs.

Usage:
    python3 datasets/twin-cities-world/derive.py SISTER_CITIES_DIR \
        [--mayoral-forum DIR] [--gazetteer DIR --world FILE] [--out DIR]

Two columns are added to the source nodes:
  forum_host_years  the years of the Mayoral Forum editions the city hosted, ";"-separated;
  cifal_centre      the name(s) of the UNITAR CIFAL centre(s) in the city, ";"-separated.
A host or centre is matched to a node by GeoNames id; if no node has that id, it is matched to the
nearest node with the same name and country within 30 km. If several nodes have the id, the
nearest one is used. Centres with no coordinates in the source are not matched. Each match and
non-match is printed to stdout. SOURCE.md quotes that report.

With --gazetteer (the GeoNames cities15000 folder) and --world (Natural Earth countries), cities
geocoded to a namesake are moved. A city is suspect when its point lies in another country than
its own, or when it is an end of a 0 km link (two different cities on one point) and has no
GeoNames match of its own. A suspect city is moved to the GeoNames place of its name in its
country when there is exactly one such place in cities15000 and it lies more than 30 km away
(nearer, the mismatch is a border drawn coarsely, not a wrong place); its population, geonameid
and country_from_coords are then those of the new point. Every move, and every suspect left where
it is and why, is printed.
"""

import argparse
import csv
import math
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gourdon  # noqa: E402  (GeoNames and Natural Earth lookups shared with other datasets)

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


def qualifier_free(name):
    return re.sub(r"\s*\(.*\)\s*$", "", name)


def same_point(a, b):
    return a["lat"] == b["lat"] and a["lon"] == b["lon"]


def suspects(nodes, links):
    """Node id -> why its point is suspect, in node order."""
    by_id = {n["id"]: n for n in nodes}
    why = {}
    for link in links:
        a, b = by_id[link["source"]], by_id[link["target"]]
        if same_point(a, b):
            for n, other in ((a, b), (b, a)):
                if not n["geonameid"]:
                    why.setdefault(n["id"], f"0 km from {other['name']} ({other['country_iso2']},"
                                            f" node {other['id']})")
    for n in nodes:
        coords = n["country_iso2_from_coords"]
        if coords and coords != n["country_iso2"]:
            why.setdefault(n["id"], f"point in {coords}")
    return {n["id"]: why[n["id"]] for n in nodes if n["id"] in why}


def relocate(nodes, links, gazetteer, countries):
    """Moves the suspect nodes that GeoNames places by country and name (see the docstring)."""
    print("Namesake geocoding (cities15000 by country and name):")
    by_id = {n["id"]: n for n in nodes}
    moved = 0
    for node_id, why in suspects(nodes, links).items():
        n = by_id[node_id]
        label = f"  node {node_id} {n['name']} ({n['country_iso2']}) at {n['lat']},{n['lon']}, {why}"
        places = gazetteer.all_named(n["country_iso2"], qualifier_free(n["name"]))
        if len(places) != 1:
            print(f"{label}: LEFT, {len(places)} places of that name in {n['country_iso2']}")
            continue
        place = places[0]
        lat, lon = float(place["lat"]), float(place["lon"])
        d = distance_km(float(n["lat"]), float(n["lon"]), lat, lon)
        if d <= MATCH_RADIUS_KM:
            print(f"{label}: LEFT, GeoNames {place['geonameid']} is only {d:.1f} km away")
            continue
        n["lat"], n["lon"] = f"{lat:.4f}", f"{lon:.4f}"
        n["population"], n["geonameid"] = place["population"], place["geonameid"]
        n["country_iso2_from_coords"] = countries.of(lat, lon)
        moved += 1
        print(f"{label}: MOVED {d:.0f} km to GeoNames {place['geonameid']} {place['name']}"
              f" at {n['lat']},{n['lon']}")
    print(f"  {moved} nodes moved")


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
        "--gazetteer", type=Path,
        help="GeoNames cities15000 folder: move cities geocoded to a namesake (needs --world)")
    parser.add_argument(
        "--world", type=Path, help="Natural Earth admin-0 countries GeoJSON, for --gazetteer")
    parser.add_argument(
        "--out", type=Path, default=HERE, help="output folder (default: this script's folder)"
    )
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(encoding="utf-8")  # the report names cities such as Málaga

    nodes = read_csv(args.sister_cities / "nodes.csv")
    links = read_csv(args.sister_cities / "links.csv")
    if (args.gazetteer is None) != (args.world is None):
        parser.error("--gazetteer and --world go together")
    if args.gazetteer is not None:
        relocate(nodes, links, gourdon.Gazetteer(args.gazetteer), gourdon.Countries(args.world))
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

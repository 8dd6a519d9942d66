"""Reads citynet's GeoJSON exports with Python's json module and checks them against the
expected properties (a JSON file written by the test straight from the analysis records).

usage: geojson_exports.py EXPECTED.json CITIES.geojson LINKS.geojson
Prints one line per link geometry and "N mismatches" at the end.
"""
import json
import sys


def strict_equal(a, b):
    """Equal values of equal JSON types (json gives True == 1 and 1 == 1.0 otherwise)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(strict_equal(a[k], b[k]) for k in a)
    return a == b


def positions(geometry):
    if geometry["type"] == "LineString":
        return [geometry["coordinates"]]
    return geometry["coordinates"]


def main(expected_path, cities_path, links_path):
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    problems = []
    for kind, path in (("cities", cities_path), ("links", links_path)):
        with open(path, encoding="utf-8") as f:
            collection = json.load(f)
        if collection.get("type") != "FeatureCollection" or "crs" in collection:
            problems.append(f"{kind}: not a plain RFC 7946 FeatureCollection")
        features = collection["features"]
        if len(features) != len(expected[kind]):
            problems.append(f"{kind}: {len(features)} features, expected {len(expected[kind])}")
        for feature, props in zip(features, expected[kind]):
            if feature["type"] != "Feature":
                problems.append(f"{kind}: feature of type {feature['type']}")
            if not strict_equal(feature["properties"], props):
                problems.append(f"{kind}: properties {feature['properties']!r} != {props!r}")
            geometry = feature["geometry"]
            if kind == "cities":
                lon, lat = geometry["coordinates"]
                if geometry["type"] != "Point" or abs(lon - props["lon"]) > 5e-7 \
                        or abs(lat - props["lat"]) > 5e-7:
                    problems.append(f"city {props['id']}: point {geometry} off its lat/lon")
                continue
            parts = positions(geometry)
            lons = [p[0] for part in parts for p in part]
            values = [v for part in parts for p in part for v in p]
            widest = max(abs(a[0] - b[0]) for part in parts for a, b in zip(part, part[1:]))
            if any(round(v, 6) != v for v in values):
                problems.append(f"link {props['source']}-{props['target']}: > 6 decimals")
            if any(abs(p[1]) > 90 for part in parts for p in part):
                problems.append(f"link {props['source']}-{props['target']}: latitude > 90")
            print(f"link\t{props['source']}\t{props['target']}\t{geometry['type']}\t"
                  f"{len(parts)}\t{min(lons)}\t{max(lons)}\t{widest}")
    for p in problems:
        print(p)
    print(f"{len(problems)} mismatches")


if __name__ == "__main__":
    main(*sys.argv[1:])

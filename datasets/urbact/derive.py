#!/usr/bin/env python3
"""Derive citynet's urbact dataset (cities.csv, memberships.csv) from P. Gourdon's URBACT data.

Input: the shared data folder holding urbact/, cities/ (GeoNames cities15000) and world/
(Natural Earth countries); see SOURCE.md. Standard library only; the same output every run.

Usage:
    python3 datasets/urbact/derive.py DATA_DIR [--out DIR]

memberships.csv has one row per city and network: city (id in cities.csv), group (the network's
name), start and end (the network's years as URBACT lists them; end empty when ongoing), role
(Lead Partner or Partner). The repairs and defects found are printed (see ../gourdon.py).
"""

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gourdon  # noqa: E402

MEMBERSHIP_COLUMNS = ["city", "group", "start", "end", "role"]


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="folder with urbact/, cities/ and world/")
    parser.add_argument("--out", type=Path, default=HERE,
                        help="output folder (default: this script's folder)")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(encoding="utf-8")

    places = gourdon.Places(
        gourdon.Gazetteer(args.data / "cities"),
        gourdon.Countries(args.data / "world" / "ne_50m_admin_0_countries.geojson"))
    cells = gourdon.urbact_memberships(args.data, places)
    gourdon.write_csv(args.out / "cities.csv", gourdon.CITY_COLUMNS, places.rows())
    gourdon.write_csv(args.out / "memberships.csv", MEMBERSHIP_COLUMNS,
                      ([city, group, *span] for (city, group), span in
                       sorted(cells.items(), key=lambda c: (c[0][1], c[0][0]))))
    print("Repairs:")
    for line in places.repairs:
        print("  " + line)
    print("Defects left:")
    for line in places.defects():
        print("  " + line)
    networks = {group for _, group in cells}
    print(f"{len(places.cities)} cities, {len(networks)} networks, {len(cells)} memberships"
          f" -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Derive citynet's migration-networks dataset (cities.csv, memberships.csv).

The ETMUN and URBACT networks (P. Gourdon's thesis data) whose stated aims are about migration,
the integration of migrants, ethnic minorities, cultural diversity or racism and discrimination.
Standard library only; the same output every run.

Usage:
    python3 datasets/migration-networks/derive.py DATA_DIR [--out DIR]

DATA_DIR holds etmun/, urbact/, cities/ (GeoNames cities15000) and world/ (Natural Earth).

The rule: a network is chosen when one of TERMS occurs (case-insensitive, at a word start) in
its name, keywords or stated aims: ETMUN's name, main_keyword, additional_keywords and aims;
URBACT's Name, Main.Key.Word, Additionnal.key.words, Description and Aims. "Roma" must be
capitalised (the people, not a city). Plain "inclusion" is not a term: 59 of the 172 URBACT
networks name it, most about jobs, youth, health or poverty; a network about the inclusion of
migrants or minorities names them and is chosen by that.

memberships.csv: city (id in cities.csv), group (ETMUN acronym or URBACT name), start, end
(URBACT: the network's years, end empty when ongoing; ETMUN: the joining year where the source
has one, end empty: a member when the data were collected, 2019), role (the source's status),
programme (ETMUN or URBACT). Every chosen network is printed with the terms that chose it.
"""

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gourdon  # noqa: E402

TERMS = re.compile(
    r"\b(?:migra|immigra|emigra|refugee|asylum|ethnic|minorit|intercultur|multicultur|racis"
    r"|anti-racis|xenophob|discriminat|cultural diversit)\w*",
    re.IGNORECASE)
ROMA = re.compile(r"\bRoma\b")
ETMUN_FIELDS = ["name", "main_keyword", "additional_keywords", "aims"]
URBACT_FIELDS = ["Name", "Main.Key.Word", "Additionnal.key.words", "Description", "Aims"]
MEMBERSHIP_COLUMNS = ["city", "group", "start", "end", "role", "programme"]


def terms_in(row, fields):
    text = " | ".join(row[f] for f in fields)
    found = {m.group(0).lower() for m in TERMS.finditer(text)}
    found |= {m.group(0) for m in ROMA.finditer(text)}
    return sorted(found)


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="folder with etmun/, urbact/, cities/, world/")
    parser.add_argument("--out", type=Path, default=HERE,
                        help="output folder (default: this script's folder)")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(encoding="utf-8")

    print("Chosen networks (programme, group, years, terms):")
    etmun = {}
    for row in gourdon.read_csv(args.data / "etmun" / "etmun_networks.csv"):
        found = terms_in(row, ETMUN_FIELDS)
        if found:
            etmun[row["acronym"]] = found
            print(f"  ETMUN  {row['acronym']}: {row['name']} (founded {row['founded']}): "
                  + ", ".join(found))
    urbact = {}
    for row in gourdon.read_csv(args.data / "urbact" / "urbact_networks.csv", ";"):
        found = terms_in(row, URBACT_FIELDS)
        if found:
            urbact[row["Code_Network"]] = found
            end = "" if gourdon.missing(row["End"]) else row["End"]
            print(f"  URBACT {row['Name'].strip()} ({row['Start']}-{end}): " + ", ".join(found))

    places = gourdon.Places(
        gourdon.Gazetteer(args.data / "cities"),
        gourdon.Countries(args.data / "world" / "ne_50m_admin_0_countries.geojson"))
    cells, skipped = gourdon.etmun_memberships(args.data, places, set(etmun))
    rows = [[c, g, *span, "ETMUN"] for (c, g), span in cells.items()]
    rows += [[c, g, *span, "URBACT"] for (c, g), span in
             gourdon.urbact_memberships(args.data, places, set(urbact)).items()]
    rows.sort(key=lambda r: (r[5], r[1], r[0]))
    gourdon.write_csv(args.out / "cities.csv", gourdon.CITY_COLUMNS, places.rows())
    gourdon.write_csv(args.out / "memberships.csv", MEMBERSHIP_COLUMNS, rows)

    print(f"ETMUN rows without a GeoNames match, left out: {skipped}")
    print("Repairs:")
    for line in places.repairs:
        print("  " + line)
    print("Defects left:")
    for line in places.defects():
        print("  " + line)
    print(f"{len(places.cities)} cities, {len(etmun)} ETMUN and {len(urbact)} URBACT networks,"
          f" {len(rows)} memberships -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

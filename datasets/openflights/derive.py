#!/usr/bin/env python3
"""Derive citynet's openflights dataset (cities.csv, memberships.csv, links.csv).

Input: the OpenFlights data folder (airports.dat, routes.dat, countries.dat; see SOURCE.md). The
script uses only the Python standard library and gives the same output every time it runs.

Usage:
    python3 datasets/openflights/derive.py OPENFLIGHTS_DIR [--out DIR]

Choices (SOURCE.md explains them):
  * A route is one row of routes.dat: one airline flying from one airport to another. Codeshare
    rows (marketed by the airline, flown by another) and the few rows with stops are kept, as
    OpenFlights lists them. An airport is found by its OpenFlights id, or by its IATA/ICAO code
    when the id is missing. Rows naming an airport not in airports.dat are dropped.
  * A city is the set of airports with the same city name and country name in airports.dat.
    Airports without a city name are dropped, and so are their routes. Only cities touched by at
    least one kept route are written.
  * The city's id is the OpenFlights id of its busiest airport (most routes; the smallest id on a
    tie), and its coordinates are that airport's, not the mean of all its airports: a mean can fall
    between distant airports that share a city name.
  * The country is the ISO 3166-1 alpha-2 code of the airport's country name in countries.dat;
    the names that differ between the two files are mapped by COUNTRY_ALIASES below, and the
    five cities of the former Netherlands Antilles by NETHERLANDS_ANTILLES.
  * memberships.csv: city, group = airline (its code in routes.dat), weight = number of routes of
    that airline with an end in the city (a route within one city counts once). That is the service
    value v_aj of the interlocking network model (Taylor 2001).
  * links.csv: source, target = two different cities, weight = number of routes between them, in
    both directions and by all airlines. Routes within one city are not links.
"""

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
MISSING = "\\N"

# airports.dat country name -> ISO 3166-1 alpha-2, where countries.dat spells the name otherwise
# (or, for the Faroe Islands, lacks it).
COUNTRY_ALIASES = {
    "Brunei": "BN",
    "Burma": "MM",
    "Cape Verde": "CV",
    "Congo (Brazzaville)": "CG",
    "Congo (Kinshasa)": "CD",
    "East Timor": "TL",
    "Faroe Islands": "FO",
    "Kyrgyzstan": "KG",
    "Macau": "MO",
    "Micronesia": "FM",
    "Saint Helena": "SH",
    "Saint Kitts and Nevis": "KN",
    "Saint Lucia": "LC",
    "Saint Pierre and Miquelon": "PM",
    "Saint Vincent and the Grenadines": "VC",
    "Svalbard": "SJ",
    "Swaziland": "SZ",
    "Virgin Islands": "VI",  # the US Virgin Islands (St. Thomas, St. Croix)
    "Wallis and Futuna": "WF",
    "West Bank": "PS",
}

# The Netherlands Antilles (AN in countries.dat) were dissolved in 2010; ISO 3166-1 withdrew AN.
# Each of its five airport cities gets the code of the country it now belongs to.
NETHERLANDS_ANTILLES = {
    "Kralendijk": "BQ",  # Bonaire
    "Oranjestad": "BQ",  # Sint Eustatius (not Oranjestad, Aruba, which is listed under Aruba)
    "Saba": "BQ",
    "Willemstad": "CW",  # Curaçao
    "Philipsburg": "SX",  # Sint Maarten
}


def iso2(countries, city, country):
    if country == "Netherlands Antilles":
        return NETHERLANDS_ANTILLES[city]
    return countries[country]


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def country_codes(rows):
    codes = {}
    for name, iso2, _dafif in rows:
        # India and Palestine have two rows each (two DAFIF codes), with the same ISO code.
        if codes.setdefault(name, iso2) != iso2:
            sys.exit(f"countries.dat gives two ISO codes for {name}")
    for name, iso2 in COUNTRY_ALIASES.items():
        if name in codes:
            sys.exit(f"alias {name} is no longer needed")
        codes[name] = iso2
    return codes


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path, help="folder with airports.dat, routes.dat, countries.dat")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()

    countries = country_codes(read(args.source / "countries.dat"))
    airports = {}  # OpenFlights id -> (city key, lat, lon)
    by_code = {}
    no_city = 0
    for row in read(args.source / "airports.dat"):
        airport_id, _name, city, country, iata, icao, lat, lon = row[:8]
        if city in ("", MISSING):
            no_city += 1
            continue
        if country not in countries:
            sys.exit(f"no ISO code for country {country!r}; add it to COUNTRY_ALIASES")
        airports[airport_id] = ((city, country), float(lat), float(lon))
        for code in (iata, icao):
            if code not in ("", MISSING):
                by_code[code] = airport_id

    def airport(airport_id, code):
        return airport_id if airport_id in airports else by_code.get(code)

    routes = []  # (airline, source airport, destination airport)
    dropped = 0
    for airline, _airline_id, src, src_id, dst, dst_id, *_ in read(args.source / "routes.dat"):
        a, b = airport(src_id, src), airport(dst_id, dst)
        if a is None or b is None:
            dropped += 1
            continue
        routes.append((airline, a, b))

    airport_routes = Counter()
    for _airline, a, b in routes:
        airport_routes[a] += 1
        airport_routes[b] += 1
    # Busiest airport of each city: most routes, then smallest id.
    busiest = {}
    for airport_id, count in airport_routes.items():
        key = airports[airport_id][0]
        best = busiest.get(key)
        if best is None or (count, -int(airport_id)) > (airport_routes[best], -int(best)):
            busiest[key] = airport_id
    city_id = {key: busiest[key] for key in busiest}

    service = defaultdict(Counter)  # city id -> airline -> routes touching the city
    pair_routes = Counter()
    internal = 0
    for airline, a, b in routes:
        ca, cb = city_id[airports[a][0]], city_id[airports[b][0]]
        service[ca][airline] += 1
        if cb != ca:
            service[cb][airline] += 1
            pair_routes[tuple(sorted((ca, cb), key=int))] += 1
        else:
            internal += 1

    ordered = sorted(city_id.items(), key=lambda kv: int(kv[1]))
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "cities.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "country", "lat", "lon", "airports"])
        airports_of = Counter(key for key, _lat, _lon in airports.values())
        for (name, country), cid in ordered:
            _key, lat, lon = airports[cid]
            w.writerow([cid, name, iso2(countries, name, country), repr(lat), repr(lon), airports_of[(name, country)]])
    memberships = 0
    with open(args.out / "memberships.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["city", "group", "weight"])
        for _key, cid in ordered:
            for airline, count in sorted(service[cid].items()):
                w.writerow([cid, airline, count])
                memberships += 1
    with open(args.out / "links.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "weight"])
        for (a, b), count in sorted(pair_routes.items(), key=lambda kv: (int(kv[0][0]), int(kv[0][1]))):
            w.writerow([a, b, count])

    print(f"airports without a city name, dropped: {no_city}")
    print(f"routes naming an unknown airport, dropped: {dropped}")
    print(f"routes kept: {len(routes)} (within one city: {internal})")
    print(f"airlines: {len({r[0] for r in routes})}")
    print(f"cities: {len(ordered)} in {len({iso2(countries, *k) for k, _ in ordered})} countries")
    print(f"memberships: {memberships}")
    print(f"links: {len(pair_routes)} city pairs, {sum(pair_routes.values())} routes")


if __name__ == "__main__":
    main()

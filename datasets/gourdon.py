"""Reading P. Gourdon's thesis data (ETMUN and URBACT memberships) into citynet's input format.

Shared by datasets/urbact/derive.py and datasets/migration-networks/derive.py. Standard library
only; every output is sorted, so a run gives the same bytes every time.

A place is a GeoNames id. Its name, coordinates and population come from the GeoNames
cities15000 table (../shared/data/cities) when the id is there, else from the source row.
Two repairs are made, each printed to stdout:
  * split namesakes: when the source matched several distinctly named places to one GeoNames id
    (URBACT: Huddersfield and Leeds both 2644688), the places whose name is not the id's own are
    looked up in cities15000 by country and name; found, they get that id and point; not found,
    they keep the shared point under an id of their own ("2644688/huddersfield") and are listed
    as defects;
  * country codes: UK -> GB, EL -> GR, RKS -> XK (Kosovo).
Every city also gets country_from_coords, the Natural Earth 1:50m country containing its point
(empty just off a generalised coast); a city whose two codes differ is listed as a defect.
"""

import csv
import json
import re
import unicodedata
from pathlib import Path

CITY_COLUMNS = ["id", "name", "country", "lat", "lon", "population", "geonameid",
                "country_from_coords"]
COUNTRY_FIXES = {"UK": "GB", "EL": "GR", "RKS": "XK"}
# Where a French city with no point in the source may lie: GeoNames files the overseas
# departments under their own codes.
OVERSEAS = {"FR": ["FR", "GP", "MQ", "GF", "RE", "YT"]}


def read_csv(path, delimiter=","):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


def write_csv(path, columns, rows):
    # csv's defaults are RFC 4180: CRLF line ends, quotes only when a field needs them.
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(columns)
        w.writerows(rows)


def normalised(name):
    """Case- and accent-insensitive form, hyphens as spaces: 'Dún Laoghaire' == 'dun laoghaire'."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return re.sub(r"[\s\-']+", " ", plain).strip()


def slug(name):
    return normalised(name).replace(" ", "-")


def missing(value):
    return value is None or value.strip() in ("", "NA")


def number(text):
    """A source coordinate: URBACT writes a decimal comma."""
    return float(text.replace(",", "."))


def coordinate(value):
    """Shortest decimal form with at most 5 decimals (GeoNames' own precision)."""
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


class Gazetteer:
    """GeoNames cities15000, by id and by (country, name)."""

    def __init__(self, cities_dir):
        self.by_id = {}
        self.by_name = {}
        for row in read_csv(Path(cities_dir) / "geonames_cities15000.csv"):
            self.by_id[row["geonameid"]] = row
            for name in (row["name"], row["asciiname"]):
                self.by_name.setdefault((row["country_iso2"], normalised(name)), []).append(row)

    def all_named(self, country, name):
        """Every place of that name (or ASCII name) in that country, by id."""
        rows = {r["geonameid"]: r for r in self.by_name.get((country, normalised(name)), [])}
        return [rows[k] for k in sorted(rows)]

    def named(self, country, name):
        """The most populous place of that name in that country, or None."""
        rows = self.by_name.get((country, normalised(name)), [])
        return max(rows, key=lambda r: (int(r["population"] or 0), r["geonameid"]), default=None)


class Countries:
    """Natural Earth admin-0 polygons: which country holds a point (ray casting, bbox first)."""

    def __init__(self, geojson_path):
        with open(geojson_path, encoding="utf-8") as f:
            features = json.load(f)["features"]
        self.shapes = []
        for feature in features:
            props = feature["properties"]
            code = props.get("ISO_A2")
            if code in (None, "-99"):
                # Natural Earth leaves France's and Norway's ISO code at -99 (overseas parts).
                code = {"FRA": "FR", "NOR": "NO"}.get(props.get("ADM0_A3"))
            if code is None:
                continue
            geometry = feature["geometry"]
            polygons = (geometry["coordinates"] if geometry["type"] == "MultiPolygon"
                        else [geometry["coordinates"]])
            for polygon in polygons:
                xs = [p[0] for p in polygon[0]]
                ys = [p[1] for p in polygon[0]]
                self.shapes.append((code, min(xs), max(xs), min(ys), max(ys), polygon))
        self.shapes.sort(key=lambda s: s[0])

    @staticmethod
    def _inside(ring, x, y):
        inside = False
        j = len(ring) - 1
        for i in range(len(ring)):
            xi, yi = ring[i][0], ring[i][1]
            xj, yj = ring[j][0], ring[j][1]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
        return inside

    def of(self, lat, lon):
        for code, x0, x1, y0, y1, polygon in self.shapes:
            if x0 <= lon <= x1 and y0 <= lat <= y1 and self._inside(polygon[0], lon, lat):
                if not any(self._inside(hole, lon, lat) for hole in polygon[1:]):
                    return code
        return ""


def own_name(names, known):
    """Of the names a source gives one GeoNames id, the one the id is for."""
    if known:
        for name in sorted(names):
            if normalised(name) in (normalised(known["name"]), normalised(known["asciiname"])):
                return name
    counts = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return min(counts, key=lambda n: (-counts[n], n))


class Places:
    """The cities of a derived dataset, keyed by city id; resolves source rows to ids."""

    def __init__(self, gazetteer, countries):
        self.gazetteer = gazetteer
        self.countries = countries
        self.cities = {}
        self.repairs = []

    def city_id(self, geonameid, source_name, country, lat, lon, names_of_id=()):
        """The id of the source row's place, adding the city on first sight.

        names_of_id holds every name the source gives places matched to this GeoNames id. When
        there are several, the one the id is for (GeoNames' name, else the most frequent) keeps
        the id and the others are namesakes to split.
        """
        country = COUNTRY_FIXES.get(country, country)
        known = self.gazetteer.by_id.get(geonameid)
        if len(set(map(normalised, names_of_id))) > 1:
            own = own_name(names_of_id, known)
            if normalised(source_name) != normalised(own):
                found = self.gazetteer.named(country, source_name)
                if found and found["geonameid"] != geonameid:
                    self._note(f"{source_name} ({country}) was matched to GeoNames {geonameid}, "
                               f"the id of {own}; moved to GeoNames {found['geonameid']} "
                               f"{found['name']}, found by country and name")
                    return self._add(found["geonameid"], found, source_name, country, lat, lon)
                split = f"{geonameid}/{slug(source_name)}"
                self._note(f"{source_name} ({country}) was matched to GeoNames {geonameid}, the "
                           f"id of {own}; no place of that name in {country} in cities15000, so "
                           f"kept as city {split} on {own}'s point (DEFECT: same point)")
                return self._add(split, None, source_name, country, lat, lon, geonameid="")
        return self._add(geonameid, known, source_name, country, lat, lon)

    def by_name(self, source_name, country):
        """The id of a source place with no GeoNames match, found by name; None if not found."""
        country = COUNTRY_FIXES.get(country, country)
        for code in OVERSEAS.get(country, [country]):
            found = self.gazetteer.named(code, source_name)
            if found:
                self._note(f"{source_name} ({country}) has no GeoNames match nor point in the "
                           f"source; found as GeoNames {found['geonameid']} {found['name']} "
                           f"({code}) by name")
                return self._add(found["geonameid"], found, source_name, code, 0, 0)
        self._note(f"{source_name} ({country}) has no GeoNames match nor point in the source "
                   f"and no place of that name in cities15000: LEFT OUT")
        return None

    def _note(self, text):
        if text not in self.repairs:
            self.repairs.append(text)

    def _add(self, city_id, known, source_name, country, lat, lon, geonameid=None):
        if city_id not in self.cities:
            if known:
                row = [city_id, known["name"], country, known["lat"], known["lon"],
                       known["population"], known["geonameid"]]
                lat, lon = float(known["lat"]), float(known["lon"])
            else:
                row = [city_id, source_name, country, coordinate(lat), coordinate(lon), "",
                       city_id if geonameid is None else geonameid]
            self.cities[city_id] = row + [self.countries.of(lat, lon)]
        return city_id

    def rows(self):
        return sorted(self.cities.values(), key=lambda r: (r[2], r[1], r[0]))

    def defects(self):
        """Cities whose point lies in another country, and points shared by several cities."""
        found = []
        for row in self.rows():
            if row[7] and row[7] != row[2]:
                found.append(f"{row[1]} ({row[2]}, id {row[0]}) lies in {row[7]} "
                             f"at {row[3]},{row[4]}")
        points = {}
        for row in self.rows():
            point = (round(float(row[3]), 3), round(float(row[4]), 3))
            points.setdefault(point, []).append(f"{row[1]} ({row[0]})")
        for (lat, lon), names in sorted(points.items()):
            if len(names) > 1:
                found.append(f"one point {lat},{lon} for " + ", ".join(names))
        return found


def urbact_memberships(data_dir, places, networks=None):
    """URBACT rows -> {(city id, network name): [start, end, role]}; networks: codes to keep."""
    urbact = Path(data_dir) / "urbact"
    names = {n["Code_Network"]: n["Name"].strip()
             for n in read_csv(urbact / "urbact_networks.csv", ";")}
    rows = read_csv(urbact / "urbact_memberships.csv", ";")
    names_of_id = {}
    for r in rows:
        names_of_id.setdefault(r["geonameId"], []).append(r["NameCity"].strip())
    cells = {}
    for r in rows:
        if networks is not None and r["Code_Network"] not in networks:
            continue
        if missing(r["lat_GN"]):
            city = places.by_name(r["NameCity"].strip(), r["Country"])
            if city is None:
                continue
            cells.setdefault((city, names[r["Code_Network"]]), [
                r["Start"], "" if missing(r["End"]) else r["End"], r["City.Statut"].strip()])
            continue
        city = places.city_id(r["geonameId"], r["NameCity"].strip(), r["Country"],
                              number(r["lat_GN"]), number(r["lng_GN"]),
                              names_of_id[r["geonameId"]])
        start = r["Start"]
        end = "" if missing(r["End"]) else r["End"]
        key = (city, names[r["Code_Network"]])
        role = r["City.Statut"].strip()
        if key in cells:  # one city listed twice in one network: keep its widest span
            old = cells[key]
            cells[key] = [min(old[0], start), "" if "" in (old[1], end) else max(old[1], end),
                          "Lead Partner" if "Lead Partner" in (old[2], role) else role]
        else:
            cells[key] = [start, end, role]
    return cells


def etmun_memberships(data_dir, places, networks):
    """ETMUN rows of the networks named (acronyms) -> {(city id, acronym): [start, end, role]}.

    Rows without a GeoNames match are left out (the source matched 17,324 of 17,333). Several
    member bodies of one place (a city and its metropolitan authority) are one membership, with
    the earliest joining year; start is empty where the source has no plain year; end is empty
    (a member when the data were collected, 2019).
    """
    cells = {}
    skipped = 0
    for r in read_csv(Path(data_dir) / "etmun" / "etmun_memberships_geonames.csv"):
        if r["Network_Name"] not in networks:
            continue
        if missing(r["geonameId"]) or missing(r["lat_GN"]):
            skipped += 1
            continue
        city = places.city_id(r["geonameId"], r["asciiName"], r["CountryCode"],
                              float(r["lat_GN"]), float(r["lng_GN"]))
        year = r["Year_of_Joining"].strip()
        start = year if re.fullmatch(r"(19|20)\d\d", year) else ""
        key = (city, r["Network_Name"])
        if key in cells:
            old = cells[key][0]
            start = min(y for y in (old, start) if y) if (old or start) else ""
        cells[key] = [start, "", r["Statut"].strip() if not missing(r["Statut"]) else ""]
    return cells, skipped

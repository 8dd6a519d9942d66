package org.citynet.export.gpkg;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import mil.nga.sf.GeometryType;
import org.citynet.export.schema.CountryFigures;
import org.citynet.export.schema.OutputColumns;
import org.citynet.export.schema.RegionFigures;
import org.citynet.geo.PackedAreas;
import org.citynet.geo.Polygons;
import org.citynet.geo.WorldCountries;
import org.citynet.geo.WorldCountries.Country;
import org.citynet.io.CountryRegions;
import org.citynet.model.CityMetrics;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * The basemap layers — {@code countries} (Natural Earth 1:50m) and {@code regions} (UN M49 regions
 * dissolved from them) — with the network's figures per area.
 *
 * <p>Cities join countries on the ISO 3166-1 alpha-2 code. A country's region is the M49 region of
 * its code; a Natural Earth feature without a code (Northern Cyprus, Somaliland, ...) takes the M49
 * region Natural Earth gives it, so the regions have no holes. Cities whose code has no polygon of
 * its own at this scale (overseas departments such as RE, GF) are in no country; the layer's
 * description names those codes.
 */
final class AreaLayers {
  private static final Set<String> M49_REGIONS =
      Set.of("Africa", "Americas", "Asia", "Europe", "Oceania");

  private final List<CountryFigures> countries;
  private final List<RegionFigures> regions;
  private final Set<String> unmatched;

  private AreaLayers(
      List<CountryFigures> countries, List<RegionFigures> regions, Set<String> unmatched) {
    this.countries = List.copyOf(countries);
    this.regions = List.copyOf(regions);
    this.unmatched = Set.copyOf(unmatched);
  }

  /**
   * The areas the figures are counted in: every country with its UN M49 region, and every region's
   * area dissolved from its countries. The dissolve is the costly part, so the Natural Earth one is
   * made once per JVM.
   *
   * @param countries the countries with their region and sub-region ("" when none)
   * @param regions each region's area, by region name in alphabetical order
   */
  record Basemap(List<PlacedCountry> countries, Map<String, MultiPolygon> regions) {
    Basemap {
      countries = List.copyOf(countries);
      regions = Collections.unmodifiableMap(new TreeMap<>(regions));
    }

    /**
     * Natural Earth's 1:50m countries and the regions made of them, the regions read from {@link
     * #REGIONS}, which {@link #writeRegions} made from {@code of(WorldCountries.naturalEarth50m())}
     * ({@code AreaLayersTest} fails when it differs from what that gives today).
     */
    static Basemap naturalEarth() {
      return NaturalEarth.BASEMAP;
    }

    /** Writes the regions in the format of {@link #REGIONS}. */
    void writeRegions(OutputStream out) throws IOException {
      DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
      data.writeInt(regions.size());
      for (Map.Entry<String, MultiPolygon> region : regions.entrySet()) {
        data.writeUTF(region.getKey());
        PackedAreas.write(data, region.getValue());
      }
      data.flush();
    }

    /** The regions {@link #writeRegions} wrote. */
    static Map<String, MultiPolygon> readRegions(InputStream in) throws IOException {
      DataInputStream data = new DataInputStream(new BufferedInputStream(in));
      Map<String, MultiPolygon> regions = new TreeMap<>();
      for (int i = data.readInt(); i > 0; i--) {
        regions.put(data.readUTF(), PackedAreas.read(data));
      }
      return regions;
    }

    /** Places each country in its region and dissolves the regions. */
    static Basemap of(List<Country> world) {
      List<PlacedCountry> countries = placed(world);
      Map<String, List<Geometry>> areas = new TreeMap<>();
      for (PlacedCountry placed : countries) {
        if (!placed.region().isEmpty()) {
          areas
              .computeIfAbsent(placed.region(), r -> new ArrayList<>())
              .add(placed.country().geometry());
        }
      }
      Map<String, MultiPolygon> regions = new TreeMap<>();
      areas.forEach((region, parts) -> regions.put(region, Polygons.dissolve(parts)));
      return new Basemap(countries, regions);
    }

    private static List<PlacedCountry> placed(List<Country> world) {
      return world.stream().map(PlacedCountry::of).toList();
    }
  }

  /** The regions dissolved from Natural Earth's countries ({@link Basemap#naturalEarth}). */
  static final String REGIONS = "/org/citynet/export/gpkg/m49-regions.bin";

  /**
   * Lazy holder: read on first use, then shared. Dissolving the regions costs about half a second
   * of CPU, so they are read, dissolved beforehand.
   */
  private static final class NaturalEarth {
    static final Basemap BASEMAP = load();

    private static Basemap load() {
      try (InputStream in = AreaLayers.class.getResourceAsStream(REGIONS)) {
        if (in == null) {
          throw new IllegalStateException("region resource missing from the jar: " + REGIONS);
        }
        return new Basemap(
            Basemap.placed(WorldCountries.naturalEarth50m()), Basemap.readRegions(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the regions " + REGIONS, e);
      }
    }
  }

  /**
   * A country in the UN M49 scheme.
   *
   * @param region M49 region, "" when it has none (Antarctica, open ocean)
   */
  record PlacedCountry(Country country, String region, String subregion) {
    /**
     * The M49 region of the country's ISO code, or for a feature without one the M49 region Natural
     * Earth gives it.
     */
    static PlacedCountry of(Country c) {
      if (!c.isoA2().isEmpty()) {
        Optional<CountryRegions.Region> m49 = CountryRegions.m49().of(c.isoA2());
        return new PlacedCountry(
            c,
            m49.map(CountryRegions.Region::region).orElse(""),
            m49.map(CountryRegions.Region::subregion).orElse(""));
      }
      return M49_REGIONS.contains(c.unRegion())
          ? new PlacedCountry(c, c.unRegion(), c.unSubregion())
          : new PlacedCountry(c, "", "");
    }
  }

  /**
   * Counts the analysis per Natural Earth country and M49 region.
   *
   * @throws IllegalArgumentException if a link names a city the analysis does not have
   */
  static AreaLayers of(NetworkAnalysis analysis) {
    return of(analysis, Basemap.naturalEarth());
  }

  static AreaLayers of(NetworkAnalysis analysis, Basemap basemap) {
    Map<String, CityMetrics> byId = OutputColumns.citiesById(analysis);
    Map<String, Long> cities = new HashMap<>();
    Map<String, Double> strength = new HashMap<>();
    Map<String, Long> regionCities = new HashMap<>();
    for (CityMetrics m : analysis.cities()) {
      cities.merge(m.city().country(), 1L, Long::sum);
      strength.merge(m.city().country(), m.strength(), Double::sum);
      regionCities.merge(m.region(), 1L, Long::sum);
    }
    Map<String, Long> links = new HashMap<>();
    Map<String, Long> abroad = new HashMap<>();
    Map<String, Long> internal = new HashMap<>();
    Map<String, Long> external = new HashMap<>();
    for (LinkMetrics link : analysis.links()) {
      CityMetrics source = byId.get(link.partnership().source());
      CityMetrics target = byId.get(link.partnership().target());
      String a = source.city().country();
      String b = target.city().country();
      links.merge(a, 1L, Long::sum);
      if (!a.equals(b)) {
        links.merge(b, 1L, Long::sum);
        abroad.merge(a, 1L, Long::sum);
        abroad.merge(b, 1L, Long::sum);
      }
      if (source.region().equals(target.region())) {
        internal.merge(source.region(), 1L, Long::sum);
      } else {
        external.merge(source.region(), 1L, Long::sum);
        external.merge(target.region(), 1L, Long::sum);
      }
    }

    List<CountryFigures> countries = new ArrayList<>();
    Set<String> unmatched = new TreeSet<>(cities.keySet());
    for (PlacedCountry placed : basemap.countries()) {
      String code = placed.country().isoA2();
      boolean joined = !code.isEmpty();
      if (joined) {
        unmatched.remove(code);
      }
      countries.add(
          new CountryFigures(
              placed.country(),
              placed.region(),
              placed.subregion(),
              joined ? cities.getOrDefault(code, 0L) : 0,
              joined ? links.getOrDefault(code, 0L) : 0,
              joined ? abroad.getOrDefault(code, 0L) : 0,
              joined ? strength.getOrDefault(code, 0.0) : 0));
    }
    List<RegionFigures> regions = new ArrayList<>();
    basemap
        .regions()
        .forEach(
            (region, area) ->
                regions.add(
                    new RegionFigures(
                        region,
                        area,
                        regionCities.getOrDefault(region, 0L),
                        internal.getOrDefault(region, 0L),
                        external.getOrDefault(region, 0L))));
    return new AreaLayers(countries, regions, unmatched);
  }

  List<CountryFigures> countryFigures() {
    return countries;
  }

  List<RegionFigures> regionFigures() {
    return regions;
  }

  /** Country codes of cities that lie in no country polygon, sorted. */
  Set<String> unmatchedCountryCodes() {
    return new TreeSet<>(unmatched);
  }

  FeatureLayer countries() {
    String missing =
        unmatched.isEmpty()
            ? ""
            : ". Cities with codes that have no polygon of their own at this scale are counted in"
                + " no country: "
                + String.join(", ", unmatchedCountryCodes());
    return FeatureLayer.of(
        "countries",
        "Countries (Natural Earth 1:50m, public domain; join key adm0_a3) with the network per"
            + " country: cities, partnerships touching it (links), those with the other city"
            + " abroad (links_abroad) and the summed strength of its cities; cities join on"
            + " iso_a2, region and subregion are UN M49"
            + missing,
        GeometryType.MULTIPOLYGON,
        OutputColumns.countries(),
        countries,
        f -> f.country().geometry());
  }

  FeatureLayer regions() {
    return FeatureLayer.of(
        "regions",
        "UN M49 regions, dissolved from the Natural Earth countries, with their cities and"
            + " partnerships: internal_links have both cities in the region, external_links one",
        GeometryType.MULTIPOLYGON,
        OutputColumns.regions(),
        regions,
        RegionFigures::area);
  }
}

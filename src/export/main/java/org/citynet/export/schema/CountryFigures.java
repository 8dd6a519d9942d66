package org.citynet.export.schema;

import org.citynet.geo.WorldCountries.Country;

/**
 * A Natural Earth country with the network's figures: a row of the {@code countries} table.
 *
 * @param country the country and its outline
 * @param region its UN M49 region, "" when it has none (Antarctica, open ocean)
 * @param subregion its UN M49 sub-region, "" when it has none
 * @param cities cities in the country
 * @param links partnerships with at least one end in the country
 * @param linksAbroad of those, the ones with the other end in another country
 * @param strength summed strength of the country's cities
 */
public record CountryFigures(
    Country country,
    String region,
    String subregion,
    long cities,
    long links,
    long linksAbroad,
    double strength) {}

package org.citynet.model;

/**
 * A partnership with its geography.
 *
 * @param partnership the merged edge
 * @param lengthKm geodesic distance between the two cities on the WGS84 ellipsoid, in km
 * @param sameCountry both cities in the same country
 * @param sameRegion both cities in the same UN M49 region (false when a region is unknown)
 * @param disparityP the disparity-filter significance of the link in the whole network (Serrano,
 *     Boguñá and Vespignani 2009): small when the link carries an unexpectedly large share of
 *     either city's strength; in [0, 1]
 */
public record LinkMetrics(
    Partnership partnership,
    double lengthKm,
    boolean sameCountry,
    boolean sameRegion,
    double disparityP) {}

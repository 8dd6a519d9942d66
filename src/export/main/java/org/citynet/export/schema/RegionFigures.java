package org.citynet.export.schema;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * A UN M49 region with the network's figures: a row of the {@code regions} table.
 *
 * @param region the region's name
 * @param area its outline, dissolved from its countries
 * @param cities cities in the region
 * @param internalLinks partnerships with both ends in the region
 * @param externalLinks partnerships with exactly one end in the region
 */
public record RegionFigures(
    String region, MultiPolygon area, long cities, long internalLinks, long externalLinks) {}

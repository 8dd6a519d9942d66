/**
 * Geometry on the Earth, in longitude/latitude degrees (x = longitude, y = latitude, the axis order
 * GeoPackage and GeoJSON use): geodesic lines on the WGS84 ellipsoid split at the antimeridian
 * (GeographicLib), cluster footprints that never wrap the globe the wrong way (JTS), the world's
 * countries (Natural Earth 1:50m) and their dissolution into larger areas, and the Equal Earth map
 * projection.
 */
package org.citynet.geo;

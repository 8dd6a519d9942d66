/**
 * Geometry on the Earth: map projections, geodesic lines and their antimeridian split (JTS,
 * GeographicLib).
 */
package org.citynet.geo;

/**
 * Map images of the network: one Java2D drawing written as PNG (raster) and SVG (vector, JFreeSVG)
 * on an Equal Earth world map.
 */
package org.citynet.export.image;

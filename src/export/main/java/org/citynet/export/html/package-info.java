/**
 * The interactive map {@code NAME.html}: one self-contained page (Leaflet from its WebJar, the
 * country outlines and the network's data inline) that works from {@code file://} with no network.
 */
package org.citynet.export.html;

package org.citynet.cli;

import org.citynet.export.image.GeoBox;
import org.citynet.export.image.MapOptions;
import org.citynet.export.image.MapRegion;
import org.citynet.export.image.SizeMeasure;
import picocli.CommandLine.Option;

/** The options that shape the map images. */
final class MapOptionsMixin {
  @Option(
      names = "--dpi",
      paramLabel = "N",
      description = "Resolution of the PNG map (50-600; 300 for print). Default: ${DEFAULT-VALUE}")
  int dpi = MapOptions.defaults().dpi();

  @Option(
      names = "--size-by",
      paramLabel = "MEASURE",
      description =
          "City circle size on the map: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
  SizeMeasure sizeBy = MapOptions.defaults().sizeBy();

  @Option(
      names = "--labels",
      paramLabel = "N",
      description = "How many top cities the map labels. Default: ${DEFAULT-VALUE}")
  int labels = MapOptions.defaults().topLabels();

  @Option(
      names = "--bbox",
      paramLabel = "W,S,E,N",
      description = "Zoom the map to a longitude/latitude box, e.g. -25,34,45,72 for Europe.")
  String bbox;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "Zoom the map to a world region: ${COMPLETION-CANDIDATES}.")
  MapRegion region;

  @Option(
      names = "--map-links",
      paramLabel = "N",
      description =
          "Most links drawn on the map images; beyond, the strongest are drawn and the subtitle"
              + " says so (the GeoPackage and tables keep all). Default: ${DEFAULT-VALUE}")
  int mapLinks = MapOptions.defaults().maxLinks();

  MapOptions options() {
    if (bbox != null && region != null) {
      throw new IllegalArgumentException("give either --bbox or --region, not both");
    }
    GeoBox box = GeoBox.WORLD;
    if (bbox != null) {
      box = GeoBox.parse(bbox);
    } else if (region != null) {
      box = region.box();
    }
    return new MapOptions(dpi, sizeBy, labels, box, mapLinks);
  }
}

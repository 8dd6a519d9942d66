package org.citynet.export.gpkg;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.citynet.export.BetweenClusters;
import org.citynet.export.ClusterPalette;
import org.citynet.export.gpkg.Symbology.Categorized;
import org.citynet.export.gpkg.Symbology.Category;
import org.citynet.export.gpkg.Symbology.DrawingOrder;
import org.citynet.export.gpkg.Symbology.Geometry;
import org.citynet.export.gpkg.Symbology.Graduated;
import org.citynet.export.gpkg.Symbology.Hollow;
import org.citynet.export.gpkg.Symbology.LabelTier;
import org.citynet.export.gpkg.Symbology.Labels;
import org.citynet.export.gpkg.Symbology.Range;
import org.citynet.export.gpkg.Symbology.Scale;
import org.citynet.export.gpkg.Symbology.Single;
import org.citynet.export.gpkg.Symbology.Style;
import org.citynet.export.gpkg.Symbology.Symbol;
import org.citynet.export.gpkg.Symbology.Temporal;
import org.citynet.export.schema.CountryFigures;
import org.citynet.model.CityMetrics;
import org.citynet.model.Cluster;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Significance;

/**
 * The look each layer opens with in QGIS, for the GeoPackage's {@code layer_styles} table: decided
 * once as a {@link Symbology.Style}, written as a QGIS style (QML) and as an OGC SLD 1.1 for other
 * tools (GeoServer, ...), which draws sizes in steps (see {@link SldElements}).
 *
 * <ul>
 *   <li>{@code cities}: a circle per city coloured by Leiden cluster ({@link ClusterPalette}, the
 *       colours of the map images and workbook; clusters beyond the palette grey "other"), its area
 *       growing with betweenness, hubs drawn last, cities between clusters (cluster confidence
 *       below {@link Significance#LOW_CONFIDENCE}) hollow; the top {@value #TOP_LABELS} cities by
 *       betweenness labelled at every scale, the top {@value #MORE_LABELS} from 1:{@value
 *       #MORE_LABELS_SCALE} inwards, every city from 1:{@value #ALL_LABELS_SCALE}.
 *   <li>{@code links}: semi-transparent lines coloured by the cluster both cities share (grey
 *       between clusters, lighter and drawn below), their width growing linearly with the weight,
 *       fainter the more links there are.
 *   <li>{@code clusters}: footprints as outlines in the cluster colour; those of clusters beyond
 *       the palette are listed but not drawn until ticked on.
 *   <li>{@code countries}: a choropleth of the partnerships per country in {@value #CLASSES}
 *       quantile classes of the countries that have any, in a light sequential ramp that keeps the
 *       cluster colours readable on top.
 *   <li>{@code regions}: outlines only.
 * </ul>
 */
final class LayerStyles {
  /** Cities labelled at every scale. */
  static final int TOP_LABELS = 12;

  static final int MORE_LABELS = 150;
  static final long MORE_LABELS_SCALE = 25_000_000;
  static final long ALL_LABELS_SCALE = 4_000_000;

  /** Classes of the countries' choropleth, besides "none". */
  static final int CLASSES = 5;

  /** Style name QGIS lists; one style per layer, the default. */
  static final String STYLE_NAME = "citynet";

  /**
   * City circles in mm: the smallest (betweenness 0) and the largest (the top city). The smallest
   * shrinks towards {@link #MIN_CITY_SIZE_CROWDED} as the cities grow beyond {@value
   * #UNCROWDED_CITIES}, so that a world of many cities stays a pattern of dots, not a grey mass.
   */
  static final double MIN_CITY_SIZE = 1.0;

  static final double MIN_CITY_SIZE_CROWDED = 0.5;
  static final int UNCROWDED_CITIES = 2000;
  static final double MAX_CITY_SIZE = 7.0;

  /** Link widths in mm: a single width, or the lightest and heaviest link's. */
  static final double LINK_WIDTH = 0.25;

  static final double MIN_LINK_WIDTH = 0.15;
  static final double MAX_LINK_WIDTH = 1.2;

  /**
   * Opacity of the links within a cluster, up to {@value #UNCROWDED_LINKS} links; beyond, it falls
   * with the square root of their number (to {@value #MIN_LINK_OPACITY}) so that the overlaps of
   * many links build up to about the same ink. Links between clusters get {@value
   * #BETWEEN_CLUSTERS_OPACITY} of it: they are context, drawn first and lighter.
   */
  static final double LINK_OPACITY = 0.35;

  static final int UNCROWDED_LINKS = 3000;
  static final double MIN_LINK_OPACITY = 0.08;
  static final double BETWEEN_CLUSTERS_OPACITY = 0.6;

  private static final int WHITE = 0xFFFFFF;

  /**
   * Cities of cluster confidence below {@link Significance#LOW_CONFIDENCE}: a ring in the cluster's
   * colour, as on the PNG and SVG maps.
   */
  static final Hollow BETWEEN_CLUSTERS =
      new Hollow(
          "cluster_confidence",
          Significance.LOW_CONFIDENCE,
          "between clusters (confidence < " + Significance.LOW_CONFIDENCE + ")",
          WHITE,
          0.5);

  private static final int NO_LINKS_RGB = 0xF3F3F3;

  /**
   * The choropleth's ramp, light to dark: light grey-blues, unsaturated so that no step is close to
   * a cluster colour and the cities and links drawn over them stay readable.
   */
  private static final int[] RAMP = {0xE4EAF1, 0xD0DBE6, 0xBBCADB, 0xA6B9D0, 0x91A8C5};

  private static final int REGION_OUTLINE_RGB = 0x6E6E6E;
  private static final int LABEL_RGB = 0x232323;

  private LayerStyles() {}

  /**
   * A style for one table.
   *
   * @param table the feature table it styles
   * @param description what it shows, for QGIS's style list
   * @param qml the QML document
   * @param sld the same style as an SLD 1.1 document
   */
  record LayerStyle(String table, String description, String qml, String sld) {
    static LayerStyle of(Style style) {
      return new LayerStyle(
          style.table(),
          style.description(),
          QmlElements.document(style),
          SldElements.document(style));
    }
  }

  static List<LayerStyle> of(NetworkAnalysis analysis, AreaLayers areas) {
    return Stream.of(
            cities(analysis),
            links(analysis),
            clusters(analysis),
            regions(),
            countries(areas.countryFigures()))
        .map(LayerStyle::of)
        .toList();
  }

  static Style cities(NetworkAnalysis analysis) {
    double[] betweenness =
        analysis.cities().stream()
            .mapToDouble(CityMetrics::betweenness)
            .filter(b -> b > 0)
            .sorted()
            .toArray();
    double max = betweenness.length == 0 ? 1 : betweenness[betweenness.length - 1];
    double minSize =
        crowded(analysis.cities().size(), UNCROWDED_CITIES, MIN_CITY_SIZE, MIN_CITY_SIZE_CROWDED);
    Scale size = new Scale("betweenness", true, 0, max, minSize, MAX_CITY_SIZE);
    List<Category> categories = new ArrayList<>();
    for (Cluster c : clustersWithOwnColour(analysis)) {
      categories.add(
          new Category(Integer.toString(c.id()), clusterLabel(c), citySymbol(c.id(), size)));
    }
    if (hasOtherClusters(analysis)) {
      categories.add(new Category("", "Other clusters", citySymbol(ClusterPalette.SIZE, size)));
    }
    boolean between = analysis.cities().stream().anyMatch(BetweenClusters::is);
    Categorized renderer =
        new Categorized(
            "cluster",
            categories,
            citySymbol(ClusterPalette.SIZE, size),
            "Betweenness",
            DrawingOrder.SMALLEST_FIRST,
            between ? BETWEEN_CLUSTERS : null);
    return new Style(
        "cities",
        "Cities coloured by cluster, circle area growing with betweenness, top "
            + TOP_LABELS
            + " by betweenness labelled (more when zoomed in)"
            + (between ? "; cities between clusters hollow" : ""),
        Geometry.POINT,
        renderer,
        cityLabels(betweenness));
  }

  private static Symbol citySymbol(int cluster, Scale size) {
    return Symbol.circle(ClusterPalette.rgb(cluster), WHITE, 0.15, size);
  }

  /**
   * Label tiers by betweenness rank. Each tier's filter is a threshold: the betweenness of the n-th
   * city (ties all labelled), so a user sees and can edit a plain number.
   *
   * @param positive the positive betweenness values, ascending
   */
  static Labels cityLabels(double[] positive) {
    List<LabelTier> tiers = new ArrayList<>();
    int[] tops = {TOP_LABELS, MORE_LABELS};
    long[] scales = {0, MORE_LABELS_SCALE};
    double below = Double.NaN;
    for (int t = 0; t < tops.length && positive.length > 0; t++) {
      double threshold = positive[Math.max(0, positive.length - tops[t])];
      if (threshold == below) {
        break;
      }
      tiers.add(
          new LabelTier(
              threshold,
              below,
              "Top " + tops[t] + " by betweenness",
              scales[t],
              t == 0 ? 9 : 8,
              t == 0,
              t == 0 ? 10 : 7));
      below = threshold;
    }
    tiers.add(new LabelTier(Double.NaN, below, "Other cities", ALL_LABELS_SCALE, 7.5, false, 4));
    return new Labels("name", "betweenness", LABEL_RGB, WHITE, 0.85, 0.7, 0.6, tiers);
  }

  static Style links(NetworkAnalysis analysis) {
    double[] weights =
        analysis.links().stream().mapToDouble(l -> l.partnership().weight()).sorted().toArray();
    Scale width =
        weights.length == 0 || weights[0] == weights[weights.length - 1]
            ? null
            : new Scale(
                "weight",
                false,
                weights[0],
                weights[weights.length - 1],
                MIN_LINK_WIDTH,
                MAX_LINK_WIDTH);
    double opacity =
        crowded(analysis.links().size(), UNCROWDED_LINKS, LINK_OPACITY, MIN_LINK_OPACITY);
    double between = opacity * BETWEEN_CLUSTERS_OPACITY;
    List<Category> categories = new ArrayList<>();
    for (Cluster c : clustersWithOwnColour(analysis)) {
      categories.add(
          new Category(
              Integer.toString(c.id()), clusterLabel(c), linkSymbol(c.id(), opacity, width)));
    }
    categories.add(
        new Category(
            "",
            hasOtherClusters(analysis)
                ? "Between clusters, or in other clusters"
                : "Between clusters",
            linkSymbol(ClusterPalette.SIZE, between, width)));
    Categorized renderer =
        new Categorized(
            "cluster",
            categories,
            linkSymbol(ClusterPalette.SIZE, between, width),
            null,
            DrawingOrder.NULL_FIRST);
    return new Style(
        "links",
        "Partnerships coloured by the cluster both cities share (grey between clusters), width by"
            + " weight",
        Geometry.LINE,
        renderer,
        null,
        analysis.time().present()
            ? new Temporal(NetworkLayers.START_COLUMN, NetworkLayers.END_COLUMN)
            : null);
  }

  private static Symbol linkSymbol(int cluster, double opacity, Scale width) {
    return Symbol.line(
        ClusterPalette.rgb(cluster), opacity, width == null ? LINK_WIDTH : MIN_LINK_WIDTH, width);
  }

  static Style clusters(NetworkAnalysis analysis) {
    List<Category> categories = new ArrayList<>();
    for (Cluster c : clustersWithOwnColour(analysis)) {
      categories.add(new Category(Integer.toString(c.id()), clusterLabel(c), footprint(c.id())));
    }
    if (hasOtherClusters(analysis)) {
      // Off at first: a large network has hundreds of small clusters whose outlines would bury
      // the map; a user ticks them on in the legend.
      categories.add(new Category("", "Other clusters", footprint(ClusterPalette.SIZE), false));
    }
    Categorized renderer =
        new Categorized(
            "cluster", categories, footprint(ClusterPalette.SIZE), null, DrawingOrder.AS_STORED);
    return new Style(
        "clusters",
        "Cluster footprints outlined in the cluster colour",
        Geometry.POLYGON,
        renderer,
        null);
  }

  private static Symbol footprint(int cluster) {
    // Outlines only: footprints overlap (most of all in Europe), and stacked fills would darken
    // the countries' choropleth beneath into a muddy grey.
    return Symbol.fill(0.85, WHITE, 0, ClusterPalette.rgb(cluster), 0.45);
  }

  static Style regions() {
    Symbol outline = Symbol.fill(1, WHITE, 0, REGION_OUTLINE_RGB, 0.3);
    return new Style(
        "regions", "UN M49 regions as outlines", Geometry.POLYGON, new Single(outline), null);
  }

  static Style countries(List<CountryFigures> countries) {
    long[] breaks = quantileBreaks(countries.stream().mapToLong(CountryFigures::links).toArray());
    List<Range> ranges = new ArrayList<>();
    ranges.add(new Range(0, 0, "No partnerships", countryFill(NO_LINKS_RGB)));
    long lower = 0;
    for (int i = 0; i < breaks.length; i++) {
      // Spread the ramp over the classes there are, keeping its light and dark ends.
      int colour =
          RAMP[breaks.length == 1 ? RAMP.length - 1 : i * (RAMP.length - 1) / (breaks.length - 1)];
      String label =
          lower + 1 == breaks[i]
              ? format(breaks[i])
              : format(lower + 1) + " – " + format(breaks[i]);
      ranges.add(new Range(lower, breaks[i], label, countryFill(colour)));
      lower = breaks[i];
    }
    List<Integer> ramp = Arrays.stream(RAMP).boxed().toList();
    return new Style(
        "countries",
        "Countries shaded by the number of partnerships touching them (quantile classes)",
        Geometry.POLYGON,
        new Graduated("links", ranges, ramp),
        null);
  }

  private static Symbol countryFill(int rgb) {
    return Symbol.fill(1, rgb, 1, WHITE, 0.15);
  }

  /**
   * Upper bounds of up to {@value #CLASSES} classes holding about equal numbers of the positive
   * counts (the k/CLASSES quantiles, nearest rank), without repeats; the last is the maximum.
   */
  static long[] quantileBreaks(long[] counts) {
    long[] positive = Arrays.stream(counts).filter(c -> c > 0).sorted().toArray();
    TreeSet<Long> breaks = new TreeSet<>();
    for (int k = 1; k <= CLASSES && positive.length > 0; k++) {
      int rank = (int) Math.ceil((double) k * positive.length / CLASSES);
      breaks.add(positive[Math.max(0, rank - 1)]);
    }
    return breaks.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * {@code value} for up to {@code uncrowded} features, then falling with the square root of their
   * number down to {@code floor}.
   */
  static double crowded(int features, int uncrowded, double value, double floor) {
    return features <= uncrowded
        ? value
        : Math.max(floor, value * Math.sqrt((double) uncrowded / features));
  }

  private static List<Cluster> clustersWithOwnColour(NetworkAnalysis analysis) {
    return analysis.clusters().stream().filter(c -> ClusterPalette.hasOwnColour(c.id())).toList();
  }

  private static boolean hasOtherClusters(NetworkAnalysis analysis) {
    return analysis.clusters().stream().anyMatch(c -> !ClusterPalette.hasOwnColour(c.id()));
  }

  /** "Cluster 0 · Europe · 412 cities": what the legend says of a cluster. */
  static String clusterLabel(Cluster c) {
    String region = c.dominantRegion().isEmpty() ? "" : " · " + c.dominantRegion();
    return "Cluster "
        + c.id()
        + region
        + " · "
        + format(c.size())
        + (c.size() == 1 ? " city" : " cities");
  }

  private static String format(long n) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
  }
}

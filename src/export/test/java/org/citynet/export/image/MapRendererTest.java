package org.citynet.export.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.citynet.export.AnalysisCopies;
import org.citynet.export.BetweenClusters;
import org.citynet.export.ClusterPalette;
import org.citynet.geo.EqualEarth;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Significance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MapRendererTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  /** For tests that only read the SVG: the PNG is drawn anyway, so keep it small. */
  private static final MapOptions LOW_RES =
      new MapOptions(
          MapOptions.MIN_DPI,
          SizeMeasure.BETWEENNESS,
          12,
          GeoBox.WORLD,
          MapOptions.DEFAULT_MAX_LINKS);

  private static final Pattern PATH_STEP = Pattern.compile("([ML])(-?[0-9.]+),(-?[0-9.]+)");

  @TempDir static Path out;
  private static MapRenderer.MapFiles world;
  private static Document worldSvg;

  @BeforeAll
  static void renderTheWorld() throws Exception {
    world = MapRenderer.with(MapOptions.defaults()).write(SampleNetwork.analysis(), out);
    worldSvg = parse(world.svg());
  }

  @Nested
  class Output {
    @Test
    void writesPngAndSvgNamedAfterTheRunAndLeavesNoPartFiles() throws IOException {
      assertThat(world.png()).isEqualTo(out.resolve("sample-map.png"));
      assertThat(world.svg()).isEqualTo(out.resolve("sample-map.svg"));
      assertThat(ImageIO.read(world.png().toFile())).isNotNull();
      try (Stream<Path> files = Files.list(out)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder("sample-map.png", "sample-map.svg");
      }
    }

    @Test
    void replacesExistingMaps(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("sample-map.svg"), "old");
      MapRenderer.with(LOW_RES).write(SampleNetwork.analysis(), dir);
      assertThat(Files.readString(dir.resolve("sample-map.svg"))).contains("<svg");
    }

    @Test
    void drawsANetworkWithoutLinks(@TempDir Path dir) throws Exception {
      NetworkAnalysis a = SampleNetwork.analysis();
      NetworkAnalysis bare = AnalysisCopies.withLinks(a, List.of());
      Document svg = parse(MapRenderer.with(LOW_RES).write(bare, dir).svg());
      assertThat(idsUnder(group(svg, "links"), "link-")).isEmpty();
      assertThat(idsUnder(group(svg, "cities"), "city-")).hasSize(SampleNetwork.CITIES);
    }

    @Test
    void refusesARunNameThatIsAPath(@TempDir Path dir) {
      NetworkAnalysis a = SampleNetwork.analysis();
      NetworkAnalysis escaping =
          AnalysisCopies.withSignificance(
              AnalysisCopies.withRun(
                  a,
                  new org.citynet.model.RunInfo(
                      "../x",
                      "test",
                      "",
                      List.of(),
                      a.run().settings(),
                      a.run().startedAt(),
                      List.of())),
              Significance.none());
      assertThatThrownBy(() -> MapRenderer.with(MapOptions.defaults()).write(escaping, dir))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("../x");
    }
  }

  @Nested
  class Svg {
    @Test
    void drawsOneCirclePerCityAndOnePathPerLinkInTheirGroups() {
      assertThat(idsUnder(group(worldSvg, "cities"), "city-"))
          .containsExactlyInAnyOrder(
              "city-0", "city-1", "city-2", "city-3", "city-4", "city-5", "city-6", "city-7");
      assertThat(idsUnder(group(worldSvg, "links"), "link-"))
          .containsExactlyInAnyOrder("link-0", "link-1", "link-2", "link-3", "link-4", "link-5");
      for (int i = 0; i < SampleNetwork.CITIES; i++) {
        assertThat(byId(worldSvg, "city-" + i).getLocalName()).isEqualTo("ellipse");
      }
      for (int i = 0; i < SampleNetwork.LINKS; i++) {
        assertThat(byId(worldSvg, "link-" + i).getElementsByTagNameNS(SVG_NS, "path").getLength())
            .isEqualTo(1);
      }
    }

    @Test
    void drawsLinksUnderCitiesAndLabelsOnTop() {
      List<String> order = new ArrayList<>();
      NodeList children = worldSvg.getDocumentElement().getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (children.item(i) instanceof Element e && !e.getAttribute("id").isEmpty()) {
          order.add(e.getAttribute("id"));
        }
      }
      assertThat(order).containsSubsequence("basemap", "links", "cities", "labels", "legend");
    }

    @Test
    void coloursLinksWithinAClusterByItAndOthersGrey() {
      // Barcelona-Berlin lie in cluster 0; Barcelona-Quito join clusters 0 and 1
      assertThat(byId(worldSvg, "link-0").getAttribute("style"))
          .contains(rgb(ClusterPalette.rgb(0)));
      assertThat(byId(worldSvg, "link-2").getAttribute("style"))
          .contains(rgb(ClusterPalette.OTHER_RGB));
      assertThat(byId(worldSvg, "city-" + SampleNetwork.SUVA).getAttribute("style"))
          .contains(rgb(ClusterPalette.rgb(2)));
    }

    @Test
    void sizesCircleAreasInProportionToBetweenness() {
      // Barcelona 0.5 and Quito 0.125: a quarter of the area, half the radius
      double barcelona = rx(SampleNetwork.BARCELONA);
      double quito = rx(SampleNetwork.QUITO);
      assertThat(quito / barcelona).isCloseTo(0.5, within(0.01));
      assertThat(rx(SampleNetwork.REYKJAVIK)).isPositive().isLessThan(quito);
    }

    @Test
    void splitsTheSuvaApiaLinkAtTheAntimeridian() {
      PageTransform page = MapPainter.of(SampleNetwork.analysis(), MapOptions.defaults()).page();
      List<List<Point2D>> parts = subpaths(SampleNetwork.SUVA_APIA);
      assertThat(parts).hasSize(2);
      double halfWidth = page.frame().getWidth() / 2;
      for (int link = 0; link < SampleNetwork.LINKS; link++) {
        for (List<Point2D> part : subpaths(link)) {
          for (int i = 1; i < part.size(); i++) {
            assertThat(Math.abs(part.get(i).getX() - part.get(i - 1).getX()))
                .as("segment of link-%d", link)
                .isLessThan(halfWidth);
          }
        }
      }
      // GeographicLib puts the crossing at 17.499 S; each part ends on its edge of the map
      Point2D east = page.toPage(EqualEarth.project(-17.499, 180));
      Point2D west = page.toPage(EqualEarth.project(-17.499, -180));
      assertThat(parts.get(0).get(parts.get(0).size() - 1).distance(east)).isLessThan(0.1);
      assertThat(parts.get(1).get(0).distance(west)).isLessThan(0.1);
    }

    @Test
    void keepsAwkwardCityNamesAsEscapedText(@TempDir Path dir) throws Exception {
      String name = "Quezon <City> & \"Co\" 'x'\u0007";
      Document svg =
          parse(MapRenderer.with(LOW_RES).write(SampleNetwork.analysis(name), dir).svg());
      List<String> texts = new ArrayList<>();
      NodeList nodes = group(svg, "labels").getElementsByTagNameNS(SVG_NS, "text");
      for (int i = 0; i < nodes.getLength(); i++) {
        texts.add(nodes.item(i).getTextContent());
      }
      assertThat(texts).contains("Quezon <City> & \"Co\" 'x'");
    }

    @Test
    void titlesTheMapAndCreditsDataAndBasemap() {
      String text = worldSvg.getDocumentElement().getTextContent();
      assertThat(text)
          .contains("City partnership network — sample-map")
          .contains("Synthetic test network")
          .contains("Basemap: Natural Earth")
          .contains("0 · Europe · 3 cities")
          .contains("Circle area: betweenness");
    }

    @Test
    void drawsACityBetweenClustersHollowAndExplainsItInTheLegend(@TempDir Path dir)
        throws Exception {
      Document svg =
          parse(MapRenderer.with(LOW_RES).write(SampleNetwork.withQuitoConfidence(0.2), dir).svg());
      // a white disc, then a ring in the colour of Quito's cluster
      Element quito = byId(svg, "city-" + SampleNetwork.QUITO);
      Element ring = nextElement(quito);
      assertThat(quito.getAttribute("style")).contains("fill:" + rgb(0xFFFFFF));
      assertThat(ring.getAttribute("style"))
          .contains("stroke:" + rgb(ClusterPalette.rgb(1)))
          .contains("fill:none");
      assertThat(group(svg, "legend").getTextContent()).contains(BetweenClusters.KEY);
      assertThat(BetweenClusters.KEY)
          .isEqualTo("hollow: sits between clusters (confidence < 0.25)");
      // the world map of the sample: every city confident, no key to hollow circles
      assertThat(group(worldSvg, "legend").getTextContent()).doesNotContain("hollow");
    }

    @Test
    void leavesTheHollowKeyOutWhenNoCityBetweenClustersIsShown(@TempDir Path dir) throws Exception {
      // at exactly the threshold a city counts as placed; and a zoom to Europe leaves Quito out
      MapOptions europe =
          new MapOptions(
              MapOptions.MIN_DPI,
              SizeMeasure.BETWEENNESS,
              12,
              new GeoBox(-25, 30, 40, 70),
              MapOptions.DEFAULT_MAX_LINKS);
      Document atThreshold =
          parse(
              MapRenderer.with(LOW_RES)
                  .write(SampleNetwork.withQuitoConfidence(Significance.LOW_CONFIDENCE), dir)
                  .svg());
      Document zoomed =
          parse(
              MapRenderer.with(europe)
                  .write(
                      SampleNetwork.withQuitoConfidence(0.2),
                      Files.createDirectory(dir.resolve("europe")))
                  .svg());
      assertThat(group(atThreshold, "legend").getTextContent()).doesNotContain("hollow");
      assertThat(group(zoomed, "legend").getTextContent()).doesNotContain("hollow");
      assertThat(idsUnder(group(zoomed, "cities"), "city-"))
          .doesNotContain("city-" + SampleNetwork.QUITO);
    }

    private double rx(int city) {
      return Double.parseDouble(byId(worldSvg, "city-" + city).getAttribute("rx"));
    }

    private List<List<Point2D>> subpaths(int link) {
      String d =
          ((Element) byId(worldSvg, "link-" + link).getElementsByTagNameNS(SVG_NS, "path").item(0))
              .getAttribute("d");
      List<List<Point2D>> parts = new ArrayList<>();
      Matcher m = PATH_STEP.matcher(d);
      while (m.find()) {
        if (m.group(1).equals("M")) {
          parts.add(new ArrayList<>());
        }
        parts
            .get(parts.size() - 1)
            .add(
                new Point2D.Double(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))));
      }
      return parts;
    }
  }

  @Nested
  class Png {
    @Test
    void hasTheWidthOfTenInchesAtTheChosenDpiAndRecordsIt(@TempDir Path dir) throws Exception {
      MapPainter painter = MapPainter.of(SampleNetwork.analysis(), MapOptions.defaults());
      BufferedImage at200 = ImageIO.read(world.png().toFile());
      assertThat(at200.getWidth()).isEqualTo(2000);
      assertThat(at200.getHeight()).isEqualTo((int) Math.round(painter.pageHeight() * 200 / 72));
      MapRenderer.MapFiles at100 =
          MapRenderer.with(
                  new MapOptions(
                      100, SizeMeasure.BETWEENNESS, 12, GeoBox.WORLD, MapOptions.DEFAULT_MAX_LINKS))
              .write(SampleNetwork.analysis(), dir);
      BufferedImage small = ImageIO.read(at100.png().toFile());
      assertThat(small.getWidth()).isEqualTo(1000);
      assertThat(small.getHeight()).isCloseTo(at200.getHeight() / 2, within(1));
      assertThat(recordedDpi(at100.png())).isCloseTo(100, within(0.01));
    }

    @Test
    void drawsAnIsolatedCityAtItsEqualEarthPosition() throws IOException {
      MapPainter painter = MapPainter.of(SampleNetwork.analysis(), MapOptions.defaults());
      Envelope view = painter.page().view();
      Rectangle2D frame = painter.page().frame();
      Coordinate reykjavik = EqualEarth.project(64.1466, -21.9426);
      double pixelsPerPoint = 200 / 72.0;
      double scale = frame.getWidth() / view.getWidth();
      double expectedX = (frame.getX() + (reykjavik.x - view.getMinX()) * scale) * pixelsPerPoint;
      double expectedY = (frame.getY() + (view.getMaxY() - reykjavik.y) * scale) * pixelsPerPoint;

      // Reykjavik is alone in cluster 3, so inside the map only its circle has that colour
      BufferedImage png = ImageIO.read(world.png().toFile());
      int colour = ClusterPalette.rgb(3);
      double sumX = 0;
      double sumY = 0;
      int n = 0;
      for (int y = (int) (frame.getY() * pixelsPerPoint);
          y < frame.getMaxY() * pixelsPerPoint;
          y++) {
        for (int x = (int) (frame.getX() * pixelsPerPoint);
            x < frame.getMaxX() * pixelsPerPoint;
            x++) {
          if ((png.getRGB(x, y) & 0xFFFFFF) == colour) {
            sumX += x + 0.5;
            sumY += y + 0.5;
            n++;
          }
        }
      }
      assertThat(n).isPositive();
      assertThat(sumX / n).isCloseTo(expectedX, within(1.0));
      assertThat(sumY / n).isCloseTo(expectedY, within(1.0));
    }

    private double recordedDpi(Path png) throws IOException {
      try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
        ImageReader reader = ImageIO.getImageReaders(in).next();
        reader.setInput(in);
        IIOMetadataNode root =
            (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_1.0");
        IIOMetadataNode size =
            (IIOMetadataNode) root.getElementsByTagName("HorizontalPixelSize").item(0);
        reader.dispose();
        return 25.4 / Double.parseDouble(size.getAttribute("value"));
      }
    }
  }

  @Nested
  class Zoom {
    @Test
    void drawsOnlyWhatTheBoundingBoxShows(@TempDir Path dir) throws Exception {
      GeoBox europe = GeoBox.parse("-25,25,40,70");
      Document svg =
          parse(
              MapRenderer.with(
                      new MapOptions(
                          50, SizeMeasure.BETWEENNESS, 12, europe, MapOptions.DEFAULT_MAX_LINKS))
                  .write(SampleNetwork.analysis(), dir)
                  .svg());
      assertThat(idsUnder(group(svg, "cities"), "city-"))
          .containsExactlyInAnyOrder("city-0", "city-3", "city-4", "city-7");
      // every link touching Barcelona or Berlin enters the box; Quito-Quezon City and Suva-Apia
      // do not
      assertThat(idsUnder(group(svg, "links"), "link-"))
          .containsExactlyInAnyOrder("link-0", "link-1", "link-2", "link-5");
    }

    @Test
    void fillsTheFrameWidthWithTheBox() {
      MapPainter painter =
          MapPainter.of(
              SampleNetwork.analysis(),
              new MapOptions(
                  100,
                  SizeMeasure.BETWEENNESS,
                  12,
                  GeoBox.parse("-25,25,40,70"),
                  MapOptions.DEFAULT_MAX_LINKS));
      Point2D berlin = painter.page().toPage(EqualEarth.project(52.52, 13.405));
      assertThat(painter.page().frame().contains(berlin)).isTrue();
      Point2D west = painter.page().toPage(EqualEarth.project(25, -25));
      assertThat(west.getX() - painter.page().frame().getX())
          .isCloseTo(painter.page().frame().getWidth() * 0.005, within(0.5));
    }
  }

  @Nested
  class LinkCap {
    @Test
    void drawsOnlyTheStrongestLinksAndSaysSo(@TempDir Path dir) throws Exception {
      Document svg =
          parse(
              MapRenderer.with(new MapOptions(50, SizeMeasure.BETWEENNESS, 12, GeoBox.WORLD, 3))
                  .write(SampleNetwork.analysis(), dir)
                  .svg());
      // weights 9 (Berlin-Quezon City) and 4 (Barcelona-Berlin), then of the weight-1 links the
      // one between the cities of most betweenness: Barcelona-Quito, 0.5 + 0.125
      assertThat(idsUnder(group(svg, "links"), "link-"))
          .containsExactlyInAnyOrder("link-0", "link-2", "link-5");
      assertThat(svg.getDocumentElement().getTextContent())
          .contains("6 partnerships (the 3 strongest drawn)");
    }

    @Test
    void saysNothingWhenEveryLinkIsDrawn() {
      assertThat(worldSvg.getDocumentElement().getTextContent())
          .contains("6 partnerships ·")
          .doesNotContain("strongest");
    }
  }

  @Nested
  class Labels {
    @Test
    void namesTheTopCitiesByTheSizeMeasure(@TempDir Path dir) throws Exception {
      Document svg =
          parse(
              MapRenderer.with(
                      new MapOptions(
                          50, SizeMeasure.DEGREE, 2, GeoBox.WORLD, MapOptions.DEFAULT_MAX_LINKS))
                  .write(SampleNetwork.analysis(), dir)
                  .svg());
      Map<String, Integer> copies = new TreeMap<>();
      NodeList nodes = group(svg, "labels").getElementsByTagNameNS(SVG_NS, "text");
      for (int i = 0; i < nodes.getLength(); i++) {
        copies.merge(nodes.item(i).getTextContent(), 1, Integer::sum);
      }
      // degree: Barcelona 3, then Quito, Quezon City and Berlin 2 (Quito first in input order);
      // each label is its text over eight halo copies
      assertThat(copies).containsOnlyKeys("Barcelona", "Quito").containsValues(9, 9);
    }
  }

  private static Document parse(Path svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(svg.toFile());
  }

  private static Element group(Document svg, String id) {
    Element e = byId(svg, id);
    assertThat(e.getLocalName()).isEqualTo("g");
    return e;
  }

  private static Element byId(Document svg, String id) {
    List<Element> found = new ArrayList<>();
    NodeList all = svg.getElementsByTagNameNS(SVG_NS, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("id").equals(id)) {
        found.add(e);
      }
    }
    assertThat(found).as("elements with id %s", id).hasSize(1);
    return found.get(0);
  }

  private static Element nextElement(Element e) {
    org.w3c.dom.Node next = e.getNextSibling();
    while (next != null && !(next instanceof Element)) {
      next = next.getNextSibling();
    }
    assertThat(next).as("element after %s", e.getAttribute("id")).isNotNull();
    return (Element) next;
  }

  private static List<String> idsUnder(Element parent, String prefix) {
    List<String> ids = new ArrayList<>();
    NodeList all = parent.getElementsByTagNameNS(SVG_NS, "*");
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((Element) all.item(i)).getAttribute("id");
      if (id.startsWith(prefix)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static String rgb(int rgb) {
    return String.format("rgb(%d,%d,%d)", rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
  }
}

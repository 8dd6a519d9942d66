package org.citynet.export.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.citynet.export.AtomicFiles;
import org.citynet.model.NetworkAnalysis;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * Writes the network map as {@code NAME.png} and {@code NAME.svg}: the same drawing, once as a
 * raster at the chosen resolution and once as vector graphics for print and editing.
 *
 * <p>The map shows the world (Equal Earth) with the partnerships as geodesic lines coloured by
 * cluster and the cities as circles sized by a chosen measure, a legend, and the data's
 * attribution. Both files are written beside their targets first and then moved into place, so a
 * reader never sees half a file.
 */
public final class MapRenderer {
  private static final double POINTS_PER_INCH = 72;

  private final MapOptions options;

  private MapRenderer(MapOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** A renderer drawing with {@code options}. */
  public static MapRenderer with(MapOptions options) {
    return new MapRenderer(options);
  }

  /**
   * The files written.
   *
   * @param png the raster map
   * @param svg the vector map
   */
  public record MapFiles(Path png, Path svg) {}

  /**
   * Draws the map and writes {@code directory/NAME.png} and {@code directory/NAME.svg}, NAME being
   * the run's name; existing files are replaced.
   *
   * @throws IllegalArgumentException when the run's name is not a plain file name
   * @throws IOException when the directory cannot be written
   */
  public MapFiles write(NetworkAnalysis analysis, Path directory) throws IOException {
    NetworkMap map = draw(analysis);
    return new MapFiles(map.writePng(directory), map.writeSvg(directory));
  }

  /**
   * Lays the map of {@code analysis} out once (projection, link selection, labels), so that its PNG
   * and SVG can be written separately, one after the other or on two threads at once.
   *
   * @throws IllegalArgumentException when the run's name is not a plain file name
   */
  public NetworkMap draw(NetworkAnalysis analysis) {
    String name = analysis.run().name();
    if (name.isBlank() || !Path.of(name).getFileName().toString().equals(name)) {
      throw new IllegalArgumentException(
          "the study name '" + name + "' cannot be a file name: use letters, digits, - and _");
    }
    return new NetworkMap(name, MapPainter.of(analysis, options), options.dpi());
  }

  /**
   * A map laid out and ready to write. Painting only reads the layout, so both files may be written
   * at the same time from different threads.
   */
  public static final class NetworkMap {
    private final String name;
    private final MapPainter painter;
    private final int dpi;

    private NetworkMap(String name, MapPainter painter, int dpi) {
      this.name = name;
      this.painter = painter;
      this.dpi = dpi;
    }

    /** Writes {@code directory/NAME.png}, replacing any file there; returns its path. */
    public Path writePng(Path directory) throws IOException {
      Path target = directory.resolve(name + ".png");
      byte[] bytes = png(painter, dpi);
      AtomicFiles.write(target, partial -> Files.write(partial, bytes));
      return target;
    }

    /** Writes {@code directory/NAME.svg}, replacing any file there; returns its path. */
    public Path writeSvg(Path directory) throws IOException {
      Path target = directory.resolve(name + ".svg");
      byte[] bytes = svg(painter).getBytes(StandardCharsets.UTF_8);
      AtomicFiles.write(target, partial -> Files.write(partial, bytes));
      return target;
    }
  }

  /** The page as PNG at {@code dpi}, with the resolution recorded so layout programs size it. */
  static byte[] png(Page painter, int dpi) throws IOException {
    double zoom = dpi / POINTS_PER_INCH;
    BufferedImage image =
        new BufferedImage(
            (int) Math.round(painter.pageWidth() * zoom),
            (int) Math.round(painter.pageHeight() * zoom),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.scale(zoom, zoom);
      painter.paint(g);
    } finally {
      g.dispose();
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      IIOMetadata metadata =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      recordResolution(metadata, dpi);
      writer.write(null, new IIOImage(image, null, metadata), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** Sets the PNG {@code pHYs} chunk (pixels per metre). */
  private static void recordResolution(IIOMetadata metadata, int dpi)
      throws IIOInvalidTreeException {
    String perMetre = Long.toString(Math.round(dpi / 0.0254));
    IIOMetadataNode phys = new IIOMetadataNode("pHYs");
    phys.setAttribute("pixelsPerUnitXAxis", perMetre);
    phys.setAttribute("pixelsPerUnitYAxis", perMetre);
    phys.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(phys);
    metadata.mergeTree("javax_imageio_png_1.0", root);
  }

  /** The page as an SVG document whose user unit is the point. */
  static String svg(Page painter) {
    SVGGraphics2D g = new SVGGraphics2D(painter.pageWidth(), painter.pageHeight(), SVGUnits.PT);
    // a hundredth of a point is finer than any printer; full doubles would triple the file
    g.setGeomDoubleConverter(v -> Double.toString(Math.round(v * 100) / 100.0));
    painter.paint(g);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + g.getSVGElement(
            null, true, new ViewBox(0, 0, painter.pageWidth(), painter.pageHeight()), null, null)
        + "\n";
  }
}

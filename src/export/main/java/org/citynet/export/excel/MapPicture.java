package org.citynet.export.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPoint2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTDrawing;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTOneCellAnchor;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;

/**
 * The network map as a PNG picture for the Overview, embedded as it is (no re-encoding).
 *
 * @param png the file's bytes
 * @param fileName the file's name, for the caption
 * @param width the image's width in pixels
 * @param height the image's height in pixels
 */
record MapPicture(byte[] png, String fileName, int width, int height) {

  /** Height over width. */
  double aspect() {
    return height / (double) width;
  }

  /**
   * Reads the map, if there is one.
   *
   * @return empty when {@code png} does not exist
   * @throws IOException when the file cannot be read or is not a PNG image
   */
  static Optional<MapPicture> read(Path png) throws IOException {
    if (!Files.exists(png)) {
      return Optional.empty();
    }
    byte[] bytes = Files.readAllBytes(png);
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      ImageReader reader = readers.hasNext() ? readers.next() : null;
      if (reader == null || !reader.getFormatName().equalsIgnoreCase("png")) {
        throw new IOException(png + " is not a PNG image");
      }
      try {
        reader.setInput(in);
        return Optional.of(
            new MapPicture(
                bytes, png.getFileName().toString(), reader.getWidth(0), reader.getHeight(0)));
      } finally {
        reader.dispose();
      }
    }
  }

  /**
   * Places the picture with its top-left corner at the top-left of cell A{@code row + 1}, {@code
   * widthPoints} wide and as high as its aspect gives.
   *
   * <p>POI anchors pictures to two cells, which stretches them to the cells' sizes, and each
   * program measures columns its own way (LibreOffice's are wider than Excel's). The anchor is
   * therefore turned into a one-cell anchor with an absolute size, so the map keeps its shape
   * everywhere.
   */
  void place(XSSFSheet sheet, int row, double widthPoints) {
    int index = sheet.getWorkbook().addPicture(png, Workbook.PICTURE_TYPE_PNG);
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    drawing.createPicture(drawing.createAnchor(0, 0, 0, 0, 0, row, 1, row + 1), index);
    CTDrawing xml = drawing.getCTDrawing();
    int last = xml.sizeOfTwoCellAnchorArray() - 1;
    CTTwoCellAnchor twoCell = xml.getTwoCellAnchorArray(last);
    long cx = Units.toEMU(widthPoints);
    long cy = Units.toEMU(widthPoints * aspect());
    CTOneCellAnchor oneCell = xml.addNewOneCellAnchor();
    oneCell.setFrom(twoCell.getFrom());
    CTPositiveSize2D ext = oneCell.addNewExt();
    ext.setCx(cx);
    ext.setCy(cy);
    oneCell.setPic(twoCell.getPic());
    // The picture's own frame repeats the size; readers that look at it must agree.
    CTShapeProperties shape = oneCell.getPic().getSpPr();
    CTTransform2D frame = shape.isSetXfrm() ? shape.getXfrm() : shape.addNewXfrm();
    CTPoint2D offset = frame.isSetOff() ? frame.getOff() : frame.addNewOff();
    offset.setX(0L);
    offset.setY(0L);
    CTPositiveSize2D size = frame.isSetExt() ? frame.getExt() : frame.addNewExt();
    size.setCx(cx);
    size.setCy(cy);
    oneCell.addNewClientData();
    xml.removeTwoCellAnchor(last);
  }
}

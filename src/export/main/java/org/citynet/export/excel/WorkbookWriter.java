package org.citynet.export.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citynet.export.AtomicFiles;
import org.citynet.model.NetworkAnalysis;

/**
 * Writes the analysis as an Excel workbook (.xlsx, Office Open XML) that reads like a brief:
 * Overview (with the network map when one is given), Cities, Links, Clusters, Roles, Regions and
 * Method sheets. Cluster numbers carry the clusters' map colours throughout.
 *
 * <p>All sheets are streamed with POI's SXSSF: only a window of rows stays in memory, and text is
 * written inline rather than through a shared-strings table, so memory does not grow with the
 * number of rows (17,000 cities and 25,000 links write in 128 MB of heap). A sheet that would pass
 * Excel's 1,048,576 rows holds what fits and says what was left out.
 *
 * <p>The file is written beside the target under a temporary name and moved into place only when
 * complete, so a failed run never leaves a truncated workbook (an older one stays untouched). The
 * same analysis always gives the same sheet contents.
 */
public final class WorkbookWriter {
  /** Rows of an Excel sheet. */
  static final int EXCEL_ROWS = 1_048_576;

  /** Rows kept in memory per sheet while streaming. */
  private static final int WINDOW = 200;

  /**
   * Rows above which the streamed rows wait in gzip-compressed temporary files, about 1 GB of
   * temporary XML. Why not always: compressing them and then the workbook deflates every row twice,
   * a sizeable share of the workbook's time even at the fastest level.
   */
  private static final int COMPRESSED_TEMPORARY_ROWS = 1_500_000;

  private WorkbookWriter() {}

  /**
   * Writes {@code analysis} to {@code target}, replacing any file there.
   *
   * @throws IOException if the file cannot be written; the target is then unchanged
   */
  public static void write(NetworkAnalysis analysis, Path target) throws IOException {
    write(analysis, target, Optional.empty(), EXCEL_ROWS);
  }

  /**
   * Writes {@code analysis} to {@code target} with the network map shown on the Overview, replacing
   * any file there. The map is embedded as it is, so the workbook grows by the PNG's size.
   *
   * @param mapPng the map image (PNG); when the file does not exist, the workbook has no map
   * @throws IOException if the map exists but is not a readable PNG, or the workbook cannot be
   *     written; the target is then unchanged
   */
  public static void write(NetworkAnalysis analysis, Path target, Path mapPng) throws IOException {
    write(analysis, target, () -> mapPng);
  }

  /**
   * As {@link #write(NetworkAnalysis, Path, Path)}, with the map asked for only when the Overview
   * is written, after every other sheet: the workbook can be started while the map is still being
   * drawn.
   *
   * @throws IOException if the map cannot be had, exists but is not a readable PNG, or the workbook
   *     cannot be written; the target is then unchanged
   */
  public static void write(NetworkAnalysis analysis, Path target, MapImage map) throws IOException {
    write(analysis, target, Optional.of(map), EXCEL_ROWS);
  }

  /** The map image the Overview shows, once it is complete. */
  @FunctionalInterface
  public interface MapImage {
    /**
     * The PNG file, waiting until it is written if need be; a file that does not exist leaves the
     * workbook without a map.
     */
    Path png() throws IOException;
  }

  /** As {@link #write(NetworkAnalysis, Path)} with a smaller row limit, to test the cut. */
  static void write(NetworkAnalysis analysis, Path target, int maxRows) throws IOException {
    write(analysis, target, Optional.empty(), maxRows);
  }

  private static void write(
      NetworkAnalysis analysis, Path target, Optional<MapImage> map, int maxRows)
      throws IOException {
    AtomicFiles.write(
        target,
        partial -> {
          // Closing the streaming workbook also deletes its temporary row files.
          boolean compressTemporaryRows =
              analysis.cities().size() + analysis.links().size() > COMPRESSED_TEMPORARY_ROWS;
          try (SXSSFWorkbook workbook =
                  StreamingWorkbook.of(new XSSFWorkbook(), WINDOW, compressTemporaryRows);
              OutputStream out = Files.newOutputStream(partial)) {
            try {
              fill(workbook, analysis, map, maxRows);
            } finally {
              // Rows left in memory after a failure would otherwise be flushed into already
              // closed files while the workbook closes.
              for (Sheet sheet : workbook) {
                ((SXSSFSheet) sheet).flushRows();
              }
            }
            workbook.write(out);
          }
        });
  }

  private static void fill(
      SXSSFWorkbook workbook, NetworkAnalysis analysis, Optional<MapImage> map, int maxRows)
      throws IOException {
    CellWriter cells = new CellWriter(workbook.getXSSFWorkbook());
    NetworkFacts facts = NetworkFacts.of(analysis);
    String fullData = analysis.run().name() + ".gpkg (GeoPackage of the same run)";
    SXSSFSheet overview = workbook.createSheet(OverviewSheet.NAME);
    SXSSFSheet citiesSheet = workbook.createSheet(CitiesSheet.NAME);
    SXSSFSheet linksSheet = workbook.createSheet(LinksSheet.NAME);
    SXSSFSheet clustersSheet = workbook.createSheet(ClustersSheet.NAME);
    SXSSFSheet rolesSheet = workbook.createSheet(RolesSheet.NAME);
    SXSSFSheet regionsSheet = workbook.createSheet(RegionsSheet.NAME);
    SXSSFSheet significanceSheet = workbook.createSheet(SignificanceSheet.NAME);
    SXSSFSheet methodSheet = workbook.createSheet(MethodSheet.NAME);

    TableExtent cities = CitiesSheet.write(citiesSheet, cells, analysis, facts, maxRows, fullData);
    TableExtent links = LinksSheet.write(linksSheet, cells, analysis, facts, maxRows, fullData);
    TableExtent clusters = ClustersSheet.write(clustersSheet, cells, analysis, maxRows, fullData);
    RolesSheet.write(rolesSheet, cells, analysis, facts, cities);
    RegionsSheet.write(regionsSheet, cells, analysis, facts);
    SignificanceSheet.write(significanceSheet, cells, analysis);
    MethodSheet.write(methodSheet, cells, analysis.run(), analysis.summary());
    if (analysis.time().present()) {
      OverTimeSheet.write(
          workbook.createSheet(OverTimeSheet.NAME), cells, analysis, maxRows, fullData);
      // before the Method sheet, which closes the workbook
      workbook.setSheetOrder(MethodSheet.NAME, workbook.getNumberOfSheets() - 1);
    }

    List<String> notes = new ArrayList<>();
    note(notes, cities, CitiesSheet.NAME, "cities", fullData);
    note(notes, links, LinksSheet.NAME, "partnerships", fullData);
    note(notes, clusters, ClustersSheet.NAME, "clusters", fullData);
    analysis.summary().backbone().ifPresent(b -> notes.add("Note: " + b.describe() + "."));
    String zeroLength =
        analysis.summary().zeroLengthLinks().warning(analysis.run().settings().pathLength());
    if (!zeroLength.isEmpty()) {
      notes.add("Data check: " + zeroLength + ".");
    }
    // last, as the map may still be being drawn
    Optional<MapPicture> picture =
        map.isPresent() ? MapPicture.read(map.get().png()) : Optional.empty();
    OverviewSheet.write(overview, cells, analysis, facts, notes, cities, picture);

    workbook.setActiveSheet(0);
    POIXMLProperties.CoreProperties properties =
        workbook.getXSSFWorkbook().getProperties().getCoreProperties();
    properties.setTitle("City partnership network: " + analysis.run().name());
    properties.setCreator("citynet " + analysis.run().toolVersion());
    properties.setCreated(Optional.of(Date.from(analysis.run().startedAt())));
  }

  private static void note(
      List<String> notes, TableExtent extent, String sheet, String noun, String fullData) {
    if (extent.truncated()) {
      notes.add(
          String.format(
              Locale.UK,
              "Note: the %s sheet lists %,d of %,d %s, as many as Excel allows; the full list is"
                  + " in %s.",
              sheet,
              extent.written(),
              extent.total(),
              noun,
              fullData));
    }
  }
}

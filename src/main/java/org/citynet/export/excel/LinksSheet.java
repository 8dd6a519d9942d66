package org.citynet.export.excel;

import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;

/** The Links sheet: every partnership with its cities' names, weight, types and length. */
final class LinksSheet {
  static final String NAME = "Links";

  private LinksSheet() {}

  static TableExtent write(
      SXSSFSheet sheet,
      CellWriter cells,
      NetworkAnalysis analysis,
      NetworkFacts facts,
      int maxRows,
      String fullData) {
    boolean whole =
        analysis.links().stream()
            .allMatch(l -> l.partnership().weight() == Math.rint(l.partnership().weight()));
    List<Column<LinkMetrics>> columns =
        List.of(
            Column.of("source", Format.TEXT, l -> l.partnership().source()),
            Column.of("target", Format.TEXT, l -> l.partnership().target()),
            Column.of("source_name", Format.TEXT, l -> facts.nameOf(l.partnership().source())),
            Column.of("target_name", Format.TEXT, l -> facts.nameOf(l.partnership().target())),
            Column.of(
                "weight", whole ? Format.INTEGER : Format.DECIMAL, l -> l.partnership().weight()),
            Column.of("links", Format.INTEGER, l -> l.partnership().links()),
            Column.of("types", Format.TEXT, l -> String.join("; ", l.partnership().types())),
            Column.of("length_km", Format.KILOMETRES, LinkMetrics::lengthKm),
            Column.of("same_country", Format.BOOLEAN, LinkMetrics::sameCountry),
            Column.of("same_region", Format.BOOLEAN, LinkMetrics::sameRegion),
            Column.of("disparity_p", Format.SCIENTIFIC, LinkMetrics::disparityP));
    return TableWriter.write(
        sheet, cells, NAME, columns, analysis.links(), 0, maxRows, "partnerships", fullData);
  }
}

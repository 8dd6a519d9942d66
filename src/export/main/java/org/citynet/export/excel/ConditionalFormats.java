package org.citynet.export.excel;

import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingThreshold;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/** Data bars and colour scales: formatting that Excel and LibreOffice redraw from the values. */
final class ConditionalFormats {
  private ConditionalFormats() {}

  /** A bar in each cell of {@code range}, proportional to its value between min and max. */
  static void dataBars(Sheet sheet, CellRangeAddress range, XSSFColor color) {
    XSSFSheetConditionalFormatting formatting =
        (XSSFSheetConditionalFormatting) sheet.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingRule(color);
    rule.getDataBarFormatting().getMinThreshold().setRangeType(RangeType.MIN);
    rule.getDataBarFormatting().getMaxThreshold().setRangeType(RangeType.MAX);
    formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
  }

  /** Cell backgrounds from white at the smallest value to {@code color} at the largest. */
  static void colourScale(Sheet sheet, CellRangeAddress range, XSSFColor color) {
    XSSFSheetConditionalFormatting formatting =
        (XSSFSheetConditionalFormatting) sheet.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
    XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
    scale.setNumControlPoints(2);
    XSSFConditionalFormattingThreshold min = scale.createThreshold();
    min.setRangeType(RangeType.MIN);
    XSSFConditionalFormattingThreshold max = scale.createThreshold();
    max.setRangeType(RangeType.MAX);
    scale.setThresholds(new XSSFConditionalFormattingThreshold[] {min, max});
    scale.setColors(new XSSFColor[] {Colours.WHITE, color});
    formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
  }
}

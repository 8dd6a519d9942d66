package org.citynet.export.excel;

/** The text styles of the workbook's prose cells. */
enum Look {
  PLAIN,
  TITLE,
  SUBTITLE,
  HEADING,
  /** Column heading of a block that is not an Excel table. */
  HEADER,
  /** Column heading over numbers, aligned with them. */
  NUMBER_HEADER,
  /** Wrapped and top-aligned, for sentences in wide or merged cells. */
  WRAPPED,
  /** Grey italic remark. */
  NOTE
}

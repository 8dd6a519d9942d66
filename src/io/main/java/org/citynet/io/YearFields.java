package org.citynet.io;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.citynet.model.ActiveYears;

/**
 * The optional time columns of the links and memberships inputs: {@code start} (or {@code year})
 * and {@code end}, whole years in [{@value #MIN_YEAR}, {@value #MAX_YEAR}] with end ≥ start. One
 * definition for both readers, so that a year means the same in either file.
 */
final class YearFields {
  /** Earliest year accepted: a city network older than this is a typo. */
  static final int MIN_YEAR = 1000;

  /** Latest year accepted. */
  static final int MAX_YEAR = 2999;

  static final CsvHeader.Column START = CsvHeader.Column.of("", "start", "year");
  static final CsvHeader.Column END = CsvHeader.Column.of("", "end");

  private YearFields() {}

  /**
   * The row's years, or {@link ActiveYears#ALWAYS} after recording a problem.
   *
   * @param header the header, to name the columns as the file does
   * @param start position of the start column, -1 when absent
   * @param end position of the end column, -1 when absent
   */
  static ActiveYears read(CsvHeader header, CsvRow row, int start, int end) {
    OptionalInt first = year(header, row, start, "give the first active year, like 2016");
    OptionalInt last =
        year(header, row, end, "give the last active year, or leave it empty when still active");
    if (first.isPresent() && last.isPresent() && last.getAsInt() < first.getAsInt()) {
      row.problem(
          header.shownName(end),
          "end year " + last.getAsInt() + " is before start year " + first.getAsInt(),
          "correct the years, or swap them if they are the wrong way round");
      return ActiveYears.ALWAYS;
    }
    return first.isEmpty() && last.isEmpty() ? ActiveYears.ALWAYS : new ActiveYears(first, last);
  }

  private static OptionalInt year(CsvHeader header, CsvRow row, int column, String hint) {
    if (column < 0) {
      return OptionalInt.empty();
    }
    OptionalLong y =
        row.whole(
            column,
            header.shownName(column),
            MIN_YEAR,
            MAX_YEAR,
            "a year between " + MIN_YEAR + " and " + MAX_YEAR,
            hint);
    return y.isPresent() ? OptionalInt.of((int) y.getAsLong()) : OptionalInt.empty();
  }
}

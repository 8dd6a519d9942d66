package org.citynet.io;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A CSV file read as a header, then streamed row by row: UTF-8 (a byte-order mark is skipped), RFC
 * 4180 quoting, header names matched case-insensitively.
 *
 * <p>Before any parsing, the first bytes are checked for workbooks, images and UTF-16 (see {@link
 * FileSignatures}); the delimiter is taken from the header line, a comma unless the header has only
 * semicolons or only tabs (European spreadsheet exports); UTF-8 is decoded by {@link Utf8Reader} so
 * that a bad byte is reported with its line, column and byte offset. Rows that only hold empty
 * fields are skipped; a row with more non-empty fields than the header is reported. Problems are
 * collected in file order, the first {@value #LISTED_PROBLEMS} listed and the rest counted, so
 * memory stays bounded on a large broken file. Shared by the cities and links readers so both
 * report the same problems the same way.
 */
final class CsvInput implements Closeable {
  /** How many problems are listed before the rest are only counted. */
  static final int LISTED_PROBLEMS = 20;

  /** The longest row, in characters: far beyond real data, it bounds memory on a runaway quote. */
  static final int MAX_ROW_CHARS = 1 << 20;

  /** How far into the file the header line is looked for when detecting the delimiter. */
  private static final int HEADER_SCAN = 1 << 16;

  private static final Pattern PARSER_LINE = Pattern.compile("record starting at line (\\d+)");

  private final String file;
  private final Consumer<String> warnings;
  private final Utf8Reader text;
  private final CsvReader<CsvRecord> csv;
  private final CloseableIterator<CsvRecord> records;
  private final char delimiter;
  private final CsvHeader header;
  private final List<InputProblem> problems = new ArrayList<>();
  private final Set<String> decimalCommaColumns = new HashSet<>();
  private long unlistedProblems;
  private long blankRows;
  private String flawColumn;
  private InputProblem parseProblem;

  private CsvInput(
      String file, Consumer<String> warnings, Utf8Reader text, Reader buffered, char delimiter)
      throws IOException, InputException {
    this.file = file;
    this.warnings = warnings;
    this.text = text;
    this.delimiter = delimiter;
    this.csv =
        CsvReader.builder()
            .fieldSeparator(delimiter)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .skipEmptyLines(true)
            .allowUnclosedQuote(false)
            .trimWhitespacesAroundQuotes(true)
            .maxBufferSize(MAX_ROW_CHARS)
            .ofCsvRecord(buffered);
    this.records = csv.iterator();
    CsvRecord first = nextNonBlank();
    if (first == null) {
      throw reject(List.of(parseProblem != null ? parseProblem : empty(file)));
    }
    this.header = new CsvHeader(file, first.getStartingLineNumber(), first.getFields(), warnings);
    problems.addAll(header.problems());
  }

  /**
   * Opens the file and reads its header.
   *
   * @param warnings receives notes on what was read in an unusual way (delimiter, decimal commas)
   * @throws InputException when the file is missing, empty, binary or has no parseable header
   * @throws IOException when the file cannot be read at all
   */
  static CsvInput open(Path path, Consumer<String> warnings) throws InputException, IOException {
    String file = path.toString();
    InputStream in = InputFiles.open(path, "CSV file");
    try {
      byte[] head = in.readNBytes(FileSignatures.HEAD);
      if (head.length == 0) {
        throw new InputException(empty(file));
      }
      var notText = FileSignatures.notText(file, head);
      if (notText.isPresent()) {
        throw new InputException(notText.get());
      }
      int bom =
          head.length >= 3
                  && (head[0] & 0xFF) == 0xEF
                  && (head[1] & 0xFF) == 0xBB
                  && (head[2] & 0xFF) == 0xBF
              ? 3
              : 0;
      var rest = new ByteArrayInputStream(head, bom, head.length - bom);
      var text = new Utf8Reader(new SequenceInputStream(rest, in), bom);
      var buffered = new BufferedReader(text, HEADER_SCAN);
      char delimiter = delimiter(buffered);
      if (delimiter != ',') {
        warnings.accept(
            file + ": columns are separated by " + show(delimiter) + " (detected from the header)");
      }
      return new CsvInput(file, warnings, text, buffered, delimiter);
    } catch (InputException | IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private static InputProblem empty(String file) {
    return new InputProblem(file, 0, "", "file is empty", "add a header row and data rows");
  }

  /**
   * The delimiter of the first non-blank line: ';' or tab when the line holds that one and no
   * other, ',' otherwise. Leaves {@code in} where it was.
   */
  private static char delimiter(BufferedReader in) throws IOException {
    in.mark(HEADER_SCAN);
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    boolean content = false;
    for (int i = 0, c; i < HEADER_SCAN - 1 && (c = in.read()) >= 0; i++) {
      if (c == '"') {
        quoted = !quoted;
        content = true;
      } else if (quoted) {
        continue;
      } else if (c == ',') {
        commas++;
      } else if (c == ';') {
        semicolons++;
      } else if (c == '\t') {
        tabs++;
      } else if (c == '\n' || c == '\r') {
        if (content) {
          break;
        }
        commas = semicolons = tabs = 0;
      } else if (!Character.isWhitespace(c)) {
        content = true;
      }
    }
    in.reset();
    if (commas == 0 && semicolons > 0 && tabs == 0) {
      return ';';
    }
    return commas == 0 && tabs > 0 && semicolons == 0 ? '\t' : ',';
  }

  private static String show(char delimiter) {
    return delimiter == '\t' ? "tabs" : "'" + delimiter + "'";
  }

  /** The file as the user named it. */
  String file() {
    return file;
  }

  /** The field delimiter in use. */
  char delimiter() {
    return delimiter;
  }

  /** The header line. */
  CsvHeader header() {
    return header;
  }

  /**
   * The positions of {@code columns} in the header, -1 for an absent optional one.
   *
   * @param required how many leading entries of {@code columns} must be present
   * @throws InputException explaining why required columns are missing (see {@link
   *     CsvHeader#missing})
   */
  int[] columns(List<CsvHeader.Column> columns, int required) throws InputException, IOException {
    List<InputProblem> missing = header.missing(columns, required);
    if (!missing.isEmpty()) {
      throw reject(missing);
    }
    return header.positions(columns);
  }

  /**
   * Fails when the header lacks the first of {@code required} but has every {@code telltale} column
   * of the other input: the two files were given the wrong way round.
   *
   * @param kind this input, e.g. "cities"
   * @param otherKind the other input, e.g. "links"
   */
  void refuseOther(
      String kind,
      List<CsvHeader.Column> required,
      String otherKind,
      List<CsvHeader.Column> telltale)
      throws InputException, IOException {
    if (header.positions(required.subList(0, 1))[0] < 0
        && Arrays.stream(header.positions(telltale)).allMatch(i -> i >= 0)) {
      throw reject(
          List.of(
              header.problem(
                  "this looks like a "
                      + otherKind
                      + " file (it has "
                      + telltale.stream()
                          .map(CsvHeader.Column::name)
                          .collect(Collectors.joining(" and "))
                      + "), not a "
                      + kind
                      + " file",
                  "pass the "
                      + kind
                      + " file here: "
                      + required.stream()
                          .map(CsvHeader.Column::name)
                          .collect(Collectors.joining(", ")))));
    }
  }

  /**
   * Hands every data row to {@code action}, in file order, then fails if any problem was found.
   *
   * @throws InputException listing the problems (an encoding flaw alone, when there is one, since
   *     it garbles everything after it)
   */
  void forEachRow(Consumer<CsvRow> action) throws InputException, IOException {
    for (CsvRecord r; (r = nextNonBlank()) != null; ) {
      long line = r.getStartingLineNumber();
      List<String> fields = r.getFields();
      if (fields.size() > header.size()) {
        if (!blank(fields.subList(header.size(), fields.size()))) {
          tooManyFields(line, fields);
          continue;
        }
        fields = fields.subList(0, header.size());
      } else if (fields.size() == 1 && header.size() > 1 && foreignDelimiter(fields.get(0)) > 0) {
        problem(
            line,
            "",
            "has 1 field but the header has "
                + header.size()
                + "; the row seems separated by '"
                + foreignDelimiter(fields.get(0))
                + "' while the header uses "
                + show(delimiter),
            "use the same delimiter on every line");
        continue;
      }
      action.accept(new CsvRow(this, line, fields));
    }
    if (blankRows > 0) {
      warnings.accept(file + ": skipped " + blankRows + " rows with no values");
    }
    if (parseProblem != null) {
      problems.add(parseProblem);
    }
    if (!problems.isEmpty() || text.firstFlaw() != null) {
      throw reject(problems);
    }
  }

  private void tooManyFields(long line, List<String> fields) {
    int adjacentWholeNumbers = 0;
    for (int i = 1; i < fields.size(); i++) {
      if (fields.get(i - 1).trim().matches("-?\\d+") && fields.get(i).trim().matches("\\d+")) {
        adjacentWholeNumbers++;
      }
    }
    boolean decimalCommas =
        delimiter == ',' && adjacentWholeNumbers >= fields.size() - header.size();
    problem(
        line,
        "",
        "has " + fields.size() + " fields but the header has " + header.size(),
        decimalCommas
            ? "decimal commas? write numbers with a point (41.38), or separate the columns with ';'"
            : "put quotes around fields that contain " + show(delimiter));
  }

  private char foreignDelimiter(String field) {
    for (char c : new char[] {';', '\t', ',', '|'}) {
      if (c != delimiter && field.indexOf(c) >= 0) {
        return c;
      }
    }
    return 0;
  }

  /** The next record with a non-blank field, or null at the end; records parse errors. */
  private CsvRecord nextNonBlank() throws IOException {
    try {
      while (parseProblem == null && records.hasNext()) {
        CsvRecord r = records.next();
        if (text.firstFlaw() != null && flawColumn == null) {
          flawColumn = flawColumn(r);
        }
        if (blank(r.getFields())) {
          if (header != null) {
            blankRows++;
          }
          continue;
        }
        return r;
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (CsvParseException e) {
      parseProblem = parseProblem(e);
    }
    return null;
  }

  private static boolean blank(List<String> fields) {
    for (String f : fields) {
      if (!f.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The column holding the first encoding flaw: "" when it is in the header or beyond it, null
   * while the flaw has not been reached.
   */
  private String flawColumn(CsvRecord r) {
    Utf8Reader.Flaw flaw = text.firstFlaw();
    if (r.getStartingLineNumber() > flaw.line()) {
      return "";
    }
    char mark = flaw.isNul() ? '\0' : '\uFFFD';
    List<String> fields = r.getFields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).indexOf(mark) >= 0) {
        return header == null || i >= header.size() ? "" : header.shownName(i);
      }
    }
    return null;
  }

  private InputProblem parseProblem(CsvParseException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    Matcher m = PARSER_LINE.matcher(message);
    long line = m.find() ? Long.parseLong(m.group(1)) : 0;
    if (message.startsWith("Unclosed quoted field")) {
      return new InputProblem(
          file,
          line,
          "",
          "a quoted field starts on this line and is never closed",
          "add the closing \", or remove the stray \"");
    }
    if (message.contains("maximum buffer size")) {
      return new InputProblem(
          file,
          line,
          "",
          "the row is longer than " + MAX_ROW_CHARS + " characters",
          "check for a \" that is never closed; otherwise shorten the fields");
    }
    if (message.startsWith("Unexpected character after closing quote")) {
      return new InputProblem(
          file,
          line,
          "",
          "text follows a closing quote",
          "quote the whole field and double any quote inside it, e.g. \"the \"\"Big\"\" Apple\"");
    }
    return new InputProblem(
        file, line, "", "cannot be read as CSV (" + message + ")", "check the quoting of this row");
  }

  /**
   * The exception to throw for {@code found}. An encoding flaw seen so far replaces them, since it
   * garbles what the reader saw; the rest of the file is then read to name its column and count the
   * lines with flaws. Without one, the file is not read further: a wrong header fails at once.
   */
  InputException reject(List<InputProblem> found) throws IOException {
    if (text.firstFlaw() != null) {
      while (nextNonBlank() != null) {
        // reading on is the point
      }
      return new InputException(text.problem(file, flawColumn == null ? "" : flawColumn));
    }
    List<InputProblem> listed = new ArrayList<>(found);
    if (unlistedProblems > 0) {
      listed.add(
          new InputProblem(
              file,
              0,
              "",
              "and " + unlistedProblems + " more problems",
              "fix the ones above and run again"));
    }
    return new InputException(listed);
  }

  /** Records a problem; beyond {@value #LISTED_PROBLEMS} it is only counted. */
  void problem(long line, String column, String message, String hint) {
    if (problems.size() < LISTED_PROBLEMS) {
      problems.add(new InputProblem(file, line, column, message, hint));
    } else {
      unlistedProblems++;
    }
  }

  /** Notes, once per column, that decimal commas were read as points. */
  void decimalComma(String column, String example) {
    if (decimalCommaColumns.add(column)) {
      warnings.accept(
          file
              + ": column '"
              + column
              + "': decimal commas read as points (e.g. '"
              + example
              + "' as "
              + example.replace(',', '.')
              + ")");
    }
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}

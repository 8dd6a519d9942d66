package org.citynet.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A CSV file read as a header plus rows: UTF-8 (a byte-order mark is tolerated), RFC 4180 quoting,
 * header names matched case-insensitively.
 *
 * <p>Shared by the cities and links readers so both report the same problems the same way.
 */
final class CsvInput {
  private final String file;
  private final List<String> header;
  private final Map<String, Integer> columnIndex;

  private CsvInput(String file, List<String> header) {
    this.file = file;
    this.header = List.copyOf(header);
    this.columnIndex = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columnIndex.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
    }
  }

  /** One data row with its line number (the header is line 1). */
  record Row(long line, List<String> fields) {
    /** The trimmed field at {@code index}, or "" when the row is short or the index is -1. */
    String get(int index) {
      return index >= 0 && index < fields.size() ? fields.get(index).trim() : "";
    }
  }

  /**
   * Reads the whole file, handing every data row to {@code rows}.
   *
   * @throws InputException when the file is missing, empty, not UTF-8 or not parseable as CSV
   */
  static CsvInput read(Path path, Consumer<Row> rows, List<InputProblem> problems)
      throws InputException, IOException {
    String file = path.toString();
    if (!Files.exists(path)) {
      throw new InputException(
          new InputProblem(file, 0, "", "file not found", "check the path"));
    }
    if (Files.isDirectory(path)) {
      throw new InputException(
          new InputProblem(file, 0, "", "is a directory, not a CSV file", "name the CSV file"));
    }
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CsvInput input = null;
    long line = 0;
    try (var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder));
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(reader)) {
      for (CsvRecord record : csv) {
        line = record.getStartingLineNumber();
        List<String> fields = record.getFields();
        if (input == null) {
          input = new CsvInput(file, withoutBom(fields));
          continue;
        }
        if (fields.size() > input.header.size()) {
          problems.add(
              new InputProblem(
                  file,
                  line,
                  "",
                  "has " + fields.size() + " fields but the header has " + input.header.size(),
                  "quote fields that contain commas"));
          continue;
        }
        rows.accept(new Row(line, fields));
      }
    } catch (NoSuchFileException e) {
      throw new InputException(new InputProblem(file, 0, "", "file not found", "check the path"));
    } catch (CharacterCodingException e) {
      throw notUtf8(file, line);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw notUtf8(file, line);
      }
      throw e.getCause();
    } catch (CsvParseException e) {
      throw new InputException(
          new InputProblem(
              file,
              line + 1,
              "",
              "cannot be read as CSV (" + e.getMessage() + ")",
              "check the quoting: a field that starts with \" must end with \""));
    }
    if (input == null) {
      throw new InputException(
          new InputProblem(file, 0, "", "file is empty", "add a header row and data rows"));
    }
    return input;
  }

  private static InputException notUtf8(String file, long lastGoodLine) {
    return new InputException(
        new InputProblem(
            file,
            lastGoodLine + 1,
            "",
            "is not valid UTF-8 text",
            "save the file as UTF-8 (in a spreadsheet: CSV UTF-8)"));
  }

  private static List<String> withoutBom(List<String> header) {
    List<String> h = new ArrayList<>(header);
    if (!h.isEmpty() && h.get(0).startsWith("\uFEFF")) {
      h.set(0, h.get(0).substring(1));
    }
    return h;
  }

  /** The file as the user named it. */
  String file() {
    return file;
  }

  /** Column names as written in the header. */
  List<String> header() {
    return header;
  }

  /** The position of the first column with one of {@code names} (any case), or -1. */
  int column(String... names) {
    for (String name : names) {
      Integer i = columnIndex.get(name);
      if (i != null) {
        return i;
      }
    }
    return -1;
  }

  /** The positions of the columns other than {@code known} (-1 entries are ignored), in order. */
  List<Integer> otherColumns(int... known) {
    List<Integer> others = new ArrayList<>();
    outer:
    for (int i = 0; i < header.size(); i++) {
      for (int k : known) {
        if (k == i) {
          continue outer;
        }
      }
      others.add(i);
    }
    return others;
  }

  /** The trimmed header names of {@code columns}. */
  List<String> names(List<Integer> columns) {
    return columns.stream().map(i -> header.get(i).trim()).toList();
  }

  /** A problem for a required column missing from the header. */
  InputProblem missingColumn(String name, String alternatives) {
    return new InputProblem(
        file,
        1,
        name,
        "required column is missing (header has: " + String.join(", ", header) + ")",
        "add a column named " + name + alternatives);
  }
}

package org.citynet.export.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.citynet.analysis.NetworkAnalyzer;
import org.citynet.graph.CityGraphs;
import org.citynet.model.ActiveYears;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.RunInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/outputs.md} lists exactly the columns and summary keys of {@link OutputColumns}: for
 * every table a section whose heading names it in backquotes ({@code ## `cities` table}) holds a
 * Markdown table {@code | column | type | unit | meaning |} (or {@code | key | ...} for the
 * summary), one row per column in the code's order. A column in the code but not in the docs, or in
 * the docs but not in the code, or with another type, unit or meaning, fails. The tables as the
 * code has them are written to {@code target/outputs-tables.md} to copy from.
 */
class OutputsDocTest {
  private static final Path DOC = Path.of("docs/outputs.md");
  private static Map<String, List<List<String>>> documented;
  private static Map<String, List<List<String>>> defined;

  @BeforeAll
  static void readBoth() throws Exception {
    documented = documentedTables(Files.readString(DOC));
    defined = new LinkedHashMap<>();
    OutputColumns.tables(analysisWithoutExtras())
        .forEach((name, columns) -> defined.put(name, rows(columns)));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/outputs-tables.md"), markdown(defined));
  }

  @Test
  void documentsEveryTableOfTheCodeAndNoOther() {
    assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(defined.keySet());
  }

  @Test
  void documentsEveryColumnWithItsTypeUnitAndMeaningInTheCodesOrder() {
    for (Map.Entry<String, List<List<String>>> table : defined.entrySet()) {
      assertThat(documented.get(table.getKey()))
          .as(
              "docs/outputs.md, table `%s` (the code's version is in target/outputs-tables.md)",
              table.getKey())
          .isNotNull()
          .containsExactlyElementsOf(table.getValue());
    }
  }

  @Test
  void readsTheTablesOfAHandWrittenPage() {
    String page =
        String.join(
            "\n",
            "# Outputs",
            "Prose | with a bar.",
            "## The `cities` table",
            "Some words.",
            "",
            "| column | type | unit | meaning |",
            "|---|---|---|---|",
            "| `id` | text |  | the city's id |",
            "| `lat` | real | degrees | latitude, a \\| b |",
            "",
            "More words.",
            "## `summary` (NAME-summary.json)",
            "| key | type | unit | meaning |",
            "|--|--|--|--|",
            "| `seed` | integer | | the seed |");
    assertThat(documentedTables(page))
        .containsExactly(
            Map.entry(
                "cities",
                List.of(
                    List.of("id", "text", "", "the city's id"),
                    List.of("lat", "real", "degrees", "latitude, a | b"))),
            Map.entry("summary", List.of(List.of("seed", "integer", "", "the seed"))));
  }

  /** Table name → rows (name, type, unit, meaning) of every section that names a table. */
  static Map<String, List<List<String>>> documentedTables(String markdown) {
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    String table = null;
    boolean inTable = false;
    for (String line : markdown.lines().toList()) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#")) {
        int open = trimmed.indexOf('`');
        int close = open < 0 ? -1 : trimmed.indexOf('`', open + 1);
        table = close > open ? trimmed.substring(open + 1, close) : null;
        inTable = false;
      } else if (table != null && trimmed.startsWith("|")) {
        List<String> cells = cells(trimmed);
        if (!inTable) {
          inTable =
              (cells.get(0).equals("column") || cells.get(0).equals("key"))
                  && cells.subList(1, cells.size()).equals(List.of("type", "unit", "meaning"));
          if (inTable) {
            tables.put(table, new ArrayList<>());
          }
        } else if (!cells.get(0).matches("-+:?|:?-+:?")) {
          List<String> row = new ArrayList<>(cells);
          row.set(0, row.get(0).replace("`", ""));
          tables.get(table).add(List.copyOf(row));
        }
      } else if (inTable) {
        // The first table of a section is its definition; anything after it is prose.
        table = null;
        inTable = false;
      }
    }
    return tables;
  }

  /** The cells of a Markdown table row; {@code \|} is a bar inside a cell. */
  private static List<String> cells(String row) {
    String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
      cells.add(cell.replace("\\|", "|").strip());
    }
    return cells;
  }

  private static List<List<String>> rows(List<? extends OutputColumn<?>> columns) {
    return columns.stream()
        .map(c -> List.of(c.name(), c.type().docName(), c.unit(), c.meaning()))
        .toList();
  }

  private static String markdown(Map<String, List<List<String>>> tables) {
    StringBuilder out = new StringBuilder();
    tables.forEach(
        (name, rows) -> {
          String first = name.equals("summary") ? "key" : "column";
          out.append("## `").append(name).append("`\n\n");
          out.append("| ").append(first).append(" | type | unit | meaning |\n|---|---|---|---|\n");
          for (List<String> row : rows) {
            out.append("| `").append(row.get(0)).append("` | ").append(row.get(1));
            out.append(" | ").append(row.get(2)).append(" | ");
            out.append(row.get(3).replace("|", "\\|")).append(" |\n");
          }
          out.append('\n');
        });
    return out.toString();
  }

  /** A two-city network without extra columns: the columns every run has. */
  private static NetworkAnalysis analysisWithoutExtras() throws Exception {
    List<City> cities =
        List.of(
            new City("a", "A", "FR", 48.85, 2.35, OptionalLong.empty(), List.of()),
            new City("b", "B", "DE", 52.52, 13.4, OptionalLong.empty(), List.of()));
    List<Link> links = List.of(new Link("a", "b", 1, "twinning", ActiveYears.ALWAYS, 2, List.of()));
    RunInfo run =
        new RunInfo(
            "doc",
            "test",
            "citynet",
            List.of(),
            AnalysisSettings.defaults(),
            Instant.EPOCH,
            List.of());
    return NetworkAnalyzer.analyze(
        CityGraphs.build(
            new CityTable(cities, List.of()),
            new LinkTable(links, List.of()),
            "links",
            false,
            w -> {}),
        List.of(),
        run);
  }
}

package org.citynet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.citynet.graph.CityGraphs;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every file of {@code src/test/resources/bad-inputs/} and compares what citynet says with
 * the hand-written {@code NAME.expected} beside it.
 *
 * <p>An expected file holds {@code problem:} lines (the {@link InputProblem#describe()} lines, in
 * order, paths relative to the folder), {@code warning:} lines (every warning, in order) and, for
 * files that must read, the records as {@code city:}/{@code link:} lines; {@code #} starts a
 * comment. {@code cities-*} files go through {@link CityCsvReader}; {@code links-*} files through
 * {@link LinkCsvReader} and then {@link CityGraphs#build} against {@code _reference-cities.csv},
 * which reports unknown ids and self-links.
 */
class BadInputCorpusTest {
  static final Path DIR = folder();

  static Path folder() {
    try {
      return Path.of(BadInputCorpusTest.class.getResource("/bad-inputs").toURI());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> cases() throws Exception {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".csv") && !n.startsWith("_"))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** What a case must produce: problem, warning and record lines, each in order. */
  record Outcome(List<String> problems, List<String> warnings, List<String> records) {
    static Outcome parse(Path expected) throws Exception {
      List<String> problems = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      List<String> records = new ArrayList<>();
      for (String line : Files.readAllLines(expected, UTF_8)) {
        if (line.startsWith("problem: ")) {
          problems.add(line.substring("problem: ".length()));
        } else if (line.startsWith("warning: ")) {
          warnings.add(line.substring("warning: ".length()));
        } else if (line.startsWith("city: ") || line.startsWith("link: ")) {
          records.add(line);
        } else if (!line.startsWith("#") && !line.isBlank()) {
          throw new IllegalArgumentException(expected + ": cannot read line: " + line);
        }
      }
      return new Outcome(problems, warnings, records);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void saysExactlyWhatIsWrongOrReadsCorrectly(String name) throws Exception {
    Outcome expected = Outcome.parse(DIR.resolve(name.replaceFirst("\\.csv$", ".expected")));
    Outcome actual = name.startsWith("cities-") ? readCities(name) : readLinks(name);
    assertThat(actual.problems()).as("problems").containsExactlyElementsOf(expected.problems());
    assertThat(actual.warnings()).as("warnings").containsExactlyElementsOf(expected.warnings());
    if (expected.problems().isEmpty()) {
      assertThat(actual.records()).as("records").containsExactlyElementsOf(expected.records());
    }
  }

  @Test
  void corpusHasFortyCasesEachWithItsExpectations() throws Exception {
    List<String> names = cases().toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(40);
    assertThat(names).allMatch(n -> n.startsWith("cities-") || n.startsWith("links-"));
    for (String n : names) {
      assertThat(DIR.resolve(n.replaceFirst("\\.csv$", ".expected"))).exists();
    }
    try (Stream<Path> files = Files.list(DIR)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected")))
          .allMatch(n -> names.contains(n.replaceFirst("\\.expected$", ".csv")));
    }
  }

  static Outcome readCities(String name) throws Exception {
    List<String> warnings = new ArrayList<>();
    try {
      CityTable table = new CityCsvReader(warnings::add).read(DIR.resolve(name));
      return new Outcome(
          List.of(),
          relative(warnings),
          table.cities().stream().map(BadInputCorpusTest::show).toList());
    } catch (InputException e) {
      return new Outcome(describe(e), relative(warnings), List.of());
    }
  }

  static Outcome readLinks(String name) throws Exception {
    List<String> warnings = new ArrayList<>();
    CityTable cities = new CityCsvReader(w -> {}).read(DIR.resolve("_reference-cities.csv"));
    Path path = DIR.resolve(name);
    LinkTable table;
    try {
      table = new LinkCsvReader(warnings::add).read(path);
    } catch (InputException e) {
      return new Outcome(describe(e), relative(warnings), List.of());
    }
    List<String> records = table.links().stream().map(BadInputCorpusTest::show).toList();
    try {
      CityGraphs.build(cities, table, path.toString(), false, warnings::add);
      return new Outcome(List.of(), relative(warnings), records);
    } catch (InputException e) {
      return new Outcome(describe(e), relative(warnings), records);
    }
  }

  static List<String> describe(InputException e) {
    return relative(e.problems().stream().map(InputProblem::describe).toList());
  }

  static List<String> relative(List<String> lines) {
    String prefix = DIR + File.separator;
    return lines.stream().map(l -> l.replace(prefix, "")).toList();
  }

  static String show(City c) {
    return Stream.concat(
            Stream.of(
                "city: " + c.id(),
                c.name(),
                c.country(),
                Double.toString(c.lat()),
                Double.toString(c.lon()),
                c.population().isPresent() ? Long.toString(c.population().getAsLong()) : ""),
            c.extras().stream())
        .collect(Collectors.joining("|"));
  }

  static String year(OptionalInt year) {
    return year.isPresent() ? Integer.toString(year.getAsInt()) : "";
  }

  static String show(Link l) {
    return Stream.concat(
            Stream.of(
                "link: " + l.source(),
                l.target(),
                Double.toString(l.weight()),
                l.type(),
                year(l.years().start())
                    + (l.years().end().isPresent() ? "-" + year(l.years().end()) : ""),
                Long.toString(l.line())),
            l.extras().stream())
        .collect(Collectors.joining("|"));
  }
}

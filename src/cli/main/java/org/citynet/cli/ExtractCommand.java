package org.citynet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.citynet.export.csv.DatasetCsvWriter;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CityGraphs;
import org.citynet.graph.Neighbourhoods;
import org.citynet.io.CityCsvReader;
import org.citynet.io.InputException;
import org.citynet.io.InputProblem;
import org.citynet.io.LinkCsvReader;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.LinkTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code citynet extract}: writes the part of a network that lies within a few hops of some seed
 * cities as a new citynet input ({@code cities.csv}, {@code links.csv}). It keeps every column and
 * every original link row between two kept cities.
 *
 * <p>Seeds are named by id ({@code --around}) or by a column that is non-empty for them ({@code
 * --around-where}); both can be repeated and are combined. Output and errors go to the writers of
 * the picocli {@code CommandLine} that runs the command, so tests can capture them.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the cities within N partnership hops of seed cities, and the links among them,"
          + " as a new cities.csv + links.csv."
    })
public final class ExtractCommand implements Callable<Integer> {
  /** How many seed cities are named in the summary before the rest are only counted. */
  private static final int NAMED_SEEDS = 30;

  @Spec private CommandSpec spec;

  @Option(names = "--cities", required = true, paramLabel = "FILE", description = "cities.csv")
  private Path cities;

  @Option(names = "--links", required = true, paramLabel = "FILE", description = "links.csv")
  private Path links;

  @Option(
      names = "--around",
      split = ",",
      paramLabel = "ID",
      description = "Seed city ids (comma-separated; repeatable).")
  private List<String> aroundIds = new ArrayList<>();

  @Option(
      names = "--around-where",
      paramLabel = "COLUMN",
      description = "Seed every city whose COLUMN is not empty (repeatable).")
  private List<String> aroundWhere = new ArrayList<>();

  @Option(
      names = "--hops",
      paramLabel = "N",
      defaultValue = "2",
      description = "Partnership hops from the seeds (default: ${DEFAULT-VALUE}; 0 = seeds only).")
  private int hops;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder for the new cities.csv and links.csv (created if missing).")
  private Path out;

  @Override
  public Integer call() throws IOException {
    if (aroundIds.isEmpty() && aroundWhere.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "name the seed cities with --around and/or --around-where");
    }
    if (hops < 0) {
      throw new ParameterException(spec.commandLine(), "--hops must be 0 or more, was " + hops);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    try {
      Consumer<String> warn = line -> stderr.println("warning: " + line);
      CityTable cityTable = new CityCsvReader(warn).read(cities);
      LinkTable linkTable = new LinkCsvReader(warn).read(links);
      CityGraph graph = CityGraphs.build(cityTable, linkTable, links.toString(), false, warn);
      Set<Integer> seeds = seeds(cityTable, stdout);
      int[] hopOf = Neighbourhoods.hopDistances(graph, seeds, hops);
      // sized by the farthest hop reached, not by --hops, which may be huge
      int[] perHop = new int[Arrays.stream(hopOf).max().orElse(0) + 1];
      Set<String> selected = new LinkedHashSet<>();
      for (int v = 0; v < hopOf.length; v++) {
        if (hopOf[v] != Neighbourhoods.BEYOND) {
          perHop[hopOf[v]]++;
          selected.add(graph.cities().get(v).id());
        }
      }
      Files.createDirectories(out);
      Path citiesOut = out.resolve("cities.csv");
      Path linksOut = out.resolve("links.csv");
      int cityCount = DatasetCsvWriter.writeCities(cityTable, selected, citiesOut);
      int linkCount = DatasetCsvWriter.writeLinks(linkTable, selected, linksOut);
      stdout.printf(
          Locale.ROOT,
          "within %d hops: %d cities (by hop: %s)%n",
          hops,
          cityCount,
          Arrays.stream(perHop).mapToObj(Integer::toString).collect(Collectors.joining(", ")));
      stdout.printf(Locale.ROOT, "links among them: %d rows%n", linkCount);
      stdout.printf(Locale.ROOT, "wrote %s and %s%n", citiesOut, linksOut);
      stdout.flush();
      return ExitCodes.OK;
    } catch (InputException e) {
      e.problems().forEach(p -> stderr.println(p.describe()));
      stderr.flush();
      return ExitCodes.INPUT;
    }
  }

  /** The seed vertices, after printing how many each option chose. */
  private Set<Integer> seeds(CityTable table, PrintWriter stdout) throws InputException {
    List<City> list = table.cities();
    Set<Integer> seeds = new LinkedHashSet<>();
    List<InputProblem> problems = new ArrayList<>();
    if (!aroundIds.isEmpty()) {
      Map<String, Integer> index = new HashMap<>(list.size() * 2);
      for (int i = 0; i < list.size(); i++) {
        index.put(list.get(i).id(), i);
      }
      List<Integer> found = new ArrayList<>();
      for (String id : aroundIds) {
        Integer v = index.get(id.trim());
        if (v == null) {
          problems.add(
              new InputProblem(
                  cities.toString(),
                  0,
                  "id",
                  "no city has id '" + id.trim() + "'",
                  "check the ids given to --around"));
        } else {
          found.add(v);
        }
      }
      seeds.addAll(found);
      stdout.printf(Locale.ROOT, "--around: %s%n", listed(list, found));
    }
    for (String column : aroundWhere) {
      int c = extraColumn(table, column.trim());
      if (c < 0) {
        problems.add(
            new InputProblem(
                cities.toString(),
                1,
                column,
                "no such column",
                "--around-where takes one of the extra columns: "
                    + String.join(", ", table.extraColumns())));
        continue;
      }
      List<Integer> found = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        if (!list.get(i).extras().get(c).isEmpty()) {
          found.add(i);
        }
      }
      seeds.addAll(found);
      stdout.printf(Locale.ROOT, "--around-where %s: %s%n", column, listed(list, found));
      if (found.isEmpty()) {
        problems.add(
            new InputProblem(
                cities.toString(),
                0,
                column,
                "no city has a value in this column",
                "choose a column that marks the seed cities"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    stdout.printf(Locale.ROOT, "seeds: %d cities%n", seeds.size());
    return seeds;
  }

  /** "3 cities: Quito (EC, id 5152), …", naming at most {@value #NAMED_SEEDS} of them. */
  private static String listed(List<City> list, List<Integer> vertices) {
    String named =
        vertices.stream()
            .limit(NAMED_SEEDS)
            .map(list::get)
            .map(c -> c.name() + " (" + c.country() + ", id " + c.id() + ")")
            .collect(Collectors.joining(", "));
    String more =
        vertices.size() > NAMED_SEEDS ? ", and " + (vertices.size() - NAMED_SEEDS) + " more" : "";
    return vertices.size() + " cities" + (vertices.isEmpty() ? "" : ": " + named + more);
  }

  /** The position of {@code name} among the extra columns, matched as the readers match names. */
  private static int extraColumn(CityTable table, String name) {
    List<String> extras = table.extraColumns();
    for (int i = 0; i < extras.size(); i++) {
      if (extras.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }
}

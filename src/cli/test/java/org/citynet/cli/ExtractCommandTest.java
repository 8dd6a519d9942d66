package org.citynet.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  // Synthetic network: path a - b - c - d, a separate pair e - f; "host" marks a and e.
  @BeforeEach
  void writeInputs() throws Exception {
    Files.writeString(
        dir.resolve("cities.csv"),
        "id,name,country,lat,lon,host,note\n"
            + "a,A,ES,41,2,2014,\"x, y\"\n"
            + "b,B,FR,48,2,,\n"
            + "c,C,DE,52,13,,\n"
            + "d,D,IT,41,12,,\n"
            + "e,E,PT,38,-9,2020,\n"
            + "f,F,MA,31,-8,,\n",
        UTF_8);
    Files.writeString(
        dir.resolve("links.csv"),
        "source,target,since\na,b,1990\nb,c,\nc,d,\ne,f,\nb,a,again\n",
        UTF_8);
  }

  int run(String... options) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "--cities",
            dir.resolve("cities.csv").toString(),
            "--links",
            dir.resolve("links.csv").toString(),
            "--out",
            dir.resolve("out").toString()));
    args.addAll(List.of(options));
    return new CommandLine(new ExtractCommand())
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args.toArray(String[]::new));
  }

  String output(String file) throws Exception {
    return Files.readString(dir.resolve("out").resolve(file), UTF_8);
  }

  @Test
  void writesTheCitiesWithinTheHopsAndEveryLinkRowAmongThem() throws Exception {
    assertThat(run("--around-where", "host", "--hops", "1")).isEqualTo(0);
    assertThat(output("cities.csv"))
        .isEqualTo(
            "id,name,country,lat,lon,host,note\r\n"
                + "a,A,ES,41,2,2014,\"x, y\"\r\n"
                + "b,B,FR,48,2,,\r\n"
                + "e,E,PT,38,-9,2020,\r\n"
                + "f,F,MA,31,-8,,\r\n");
    assertThat(output("links.csv"))
        .isEqualTo("source,target,since\r\na,b,1990\r\ne,f,\r\nb,a,again\r\n");
    assertThat(out.toString())
        .contains("--around-where host: 2 cities: A (ES, id a), E (PT, id e)")
        .contains("within 1 hops: 4 cities (by hop: 2, 2)")
        .contains("links among them: 3 rows");
  }

  @Test
  void takesTwoHopsByDefault() throws Exception {
    assertThat(run("--around", "a")).isEqualTo(0);
    assertThat(output("links.csv"))
        .isEqualTo("source,target,since\r\na,b,1990\r\nb,c,\r\nb,a,again\r\n");
  }

  @Test
  void combinesSeedsByIdAndByColumn() throws Exception {
    assertThat(run("--around", "d,c", "--around-where", "HOST", "--hops", "0")).isEqualTo(0);
    assertThat(output("cities.csv"))
        .contains("\na,")
        .contains("\nc,")
        .contains("\nd,")
        .contains("\ne,")
        .doesNotContain("\nb,")
        .doesNotContain("\nf,");
    assertThat(output("links.csv")).isEqualTo("source,target,since\r\nc,d,\r\n");
  }

  @Test
  void reportsUnknownSeedIdsAndColumnsAsInputProblems() {
    assertThat(run("--around", "zz", "--around-where", "nope")).isEqualTo(ExitCodes.INPUT);
    assertThat(err.toString())
        .contains("no city has id 'zz'")
        .contains(
            "column 'nope': no such column — --around-where takes one of the extra columns:"
                + " host, note");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void reportsALinkToAnUnknownCityWithItsLine() throws Exception {
    Files.writeString(dir.resolve("links.csv"), "source,target\na,b\nb,x\n", UTF_8);
    assertThat(run("--around", "a")).isEqualTo(ExitCodes.INPUT);
    assertThat(err.toString())
        .contains(dir.resolve("links.csv") + ":3: column 'target': no city has id 'x'");
  }

  @Test
  void refusesToRunWithoutSeeds() {
    assertThat(run("--hops", "1")).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("--around and/or --around-where");
  }
}

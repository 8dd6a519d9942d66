package org.citynet.export.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.export.network.SyntheticAnalyses.city;
import static org.citynet.export.network.SyntheticAnalyses.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citynet.io.InputException;
import org.citynet.model.NetworkAnalysis;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GEXF file against the official GEXF 1.3 RELAX NG grammar ({@code
 * src/test/resources/gexf-1.3}), checked by libxml2 through lxml ({@code
 * src/test/python/gexf13.py}). The dynamic case is checked on a real run in {@code
 * OverTimeRunTest}.
 */
class GexfSchemaTest {
  private static final String CHECKER = "src/test/python/gexf13.py";

  @TempDir Path dir;

  @BeforeAll
  static void requireLxml() {
    ExternalTools.requirePythonModule("lxml", "python3-lxml");
    ExternalTools.requirePythonModule("networkx", "python3-networkx");
  }

  private static NetworkAnalysis network() throws InputException {
    return SyntheticAnalyses.analyse(
        List.of(
            city("a", "Lisboa", "PT", 38.72, -9.14, 545000),
            city("b", "Porto & Gaia", "PT", 41.15, -8.61, -1),
            city("c", "Alone", "ES", 40.42, -3.70, -1)),
        List.of(),
        List.of(link("a", "b", 2, "twinning")));
  }

  private static ExternalTools.Result check(Path file) {
    return ExternalTools.run(List.of(ExternalTools.PYTHON, CHECKER, file.toString()), 60);
  }

  @Test
  void aNetworkWithoutYearsIsValidStaticGexf13() throws IOException, InputException {
    Path gexf = dir.resolve("n.gexf");
    GexfWriter.write(network(), gexf);

    assertThat(Files.readString(gexf))
        .contains("xmlns=\"http://gexf.net/1.3\"", "version=\"1.3\"", "mode=\"static\"");
    ExternalTools.Result r = check(gexf);
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("valid GEXF 1.3");
  }

  @Test
  void theCheckerRejectsAFileOfAnotherVersionOrWithAnUndeclaredElement()
      throws IOException, InputException {
    Path gexf = dir.resolve("n.gexf");
    GexfWriter.write(network(), gexf);
    String valid = Files.readString(gexf);
    Path old = Files.writeString(dir.resolve("old.gexf"), valid.replace("\"1.3\"", "\"1.2\""));
    Path stray =
        Files.writeString(
            dir.resolve("stray.gexf"), valid.replace("<attvalues>", "<attvalues><colour/>"));

    assertThat(check(old).exitCode()).isEqualTo(1);
    assertThat(check(old).output()).contains("invalid GEXF 1.3");
    assertThat(check(stray).exitCode()).isEqualTo(1);
  }
}

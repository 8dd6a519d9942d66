package org.citynet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BenchMainTest {
  @Test
  void aWrongValueGetsItsMessageAndWhereTheHelpIsNotTheWholeUsage() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        BenchMain.execute(
            new String[] {"--threads", "x"},
            new PrintWriter(out, true),
            new PrintWriter(err, true));

    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines())
        .containsExactly(
            "citynet bench: Invalid value for option '--threads' (T): 'x' is not an int",
            "Run 'citynet bench --help' for every option.");
  }
}

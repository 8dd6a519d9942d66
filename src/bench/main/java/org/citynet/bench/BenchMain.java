package org.citynet.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of {@code target/citynet-bench.jar}, which {@code ./citynet bench} runs: the bench
 * harness lives in its own jar so that the runnable {@code citynet.jar} carries neither it nor JMH.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(execute(args, out, err));
  }

  /**
   * Runs {@code citynet bench} with these arguments; wrong options exit 2 with picocli's message
   * and where the help is (not the whole usage text), a failure while timing exits 1 with its
   * message.
   */
  static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new BenchCommand()).setCommandName("citynet bench");
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (e, given) -> {
          PrintWriter to = e.getCommandLine().getErr();
          to.println("citynet bench: " + e.getMessage());
          to.println("Run 'citynet bench --help' for every option.");
          return 2;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("citynet bench: " + e.getMessage());
          return 1;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}

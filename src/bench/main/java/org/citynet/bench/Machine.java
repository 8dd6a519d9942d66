package org.citynet.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a benchmark ran on, from {@code /proc} where present. */
final class Machine {
  private Machine() {}

  /** Prints processors, CPU model, memory, Java and load average. */
  static void describe(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "machine: %d processors, %s, %s memory; Java %s (%s); load average %s%n",
        Runtime.getRuntime().availableProcessors(),
        procField("/proc/cpuinfo", "model name"),
        procField("/proc/meminfo", "MemTotal"),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        procFirstLine("/proc/loadavg"));
  }

  private static String procField(String file, String key) {
    try {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return "unknown " + key;
  }

  private static String procFirstLine(String file) {
    try {
      return Files.readAllLines(Path.of(file)).get(0);
    } catch (IOException | IndexOutOfBoundsException e) {
      return "unknown";
    }
  }
}

package org.citynet.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times stages one after the other: wall clock, process CPU time, peak resident memory from {@code
 * /proc/self/status} ({@code VmHWM}, Linux only) and the load average from {@code /proc/loadavg},
 * which says how much other work shared the machine.
 */
final class StageClock {
  private final OperatingSystemMXBean os =
      ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
  private final List<StageTiming> timings = new ArrayList<>();

  /** A piece of work that may throw. */
  @FunctionalInterface
  interface Stage<T> {
    T run() throws Exception;
  }

  /** Runs {@code work}, records its cost under {@code stage} and returns its result. */
  <T> T time(String stage, Stage<T> work) throws Exception {
    long cpu = os.getProcessCpuTime();
    long wall = System.nanoTime();
    T result = work.run();
    double wallSeconds = (System.nanoTime() - wall) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
    timings.add(new StageTiming(stage, wallSeconds, cpuSeconds, peakRssKib(), loadAverage()));
    return result;
  }

  /** The stages timed so far, in order. */
  List<StageTiming> timings() {
    return List.copyOf(timings);
  }

  /** The latest timing of {@code stage}. */
  StageTiming last() {
    return timings.get(timings.size() - 1);
  }

  /** Peak resident set of this process in KiB, 0 where {@code /proc} is missing. */
  static long peakRssKib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux: report unknown
    }
    return 0;
  }

  /** One-minute load average, -1 where {@code /proc} is missing. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }
}

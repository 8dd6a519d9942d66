package org.citynet.pipeline;

import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how far a run has got: a progress bar (me.tongfei:progressbar) of the run's stages, named
 * as they start, when a person watches a terminal. Without a terminal (a pipe, a file, CI) the bar
 * would write a line of {@code \r} updates into the log, so there is none; each finished stage and
 * its time go to the debug log instead. Either way each finished stage's wall-clock time is kept
 * for the run summary ({@link #stageSeconds()}). Thread-safe: writers may finish in parallel.
 */
public final class Progress implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
  private static final int BAR_WIDTH = 100;

  private final ProgressBar bar;
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar on standard error when this process has a terminal, else the debug log only. */
  public static Progress onConsole(int stages) {
    return System.console() != null ? bar(stages, System.err) : quiet();
  }

  /** A bar of {@code stages} steps drawn on {@code out}. */
  static Progress bar(int stages, PrintStream out) {
    return new Progress(
        new ProgressBarBuilder()
            .setTaskName("citynet")
            .setInitialMax(stages)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(out, BAR_WIDTH))
            .setUpdateIntervalMillis(250)
            .clearDisplayOnFinish()
            .hideEta()
            .build());
  }

  /** No bar: stages go to the debug log. */
  public static Progress quiet() {
    return new Progress(null);
  }

  /** Starts stage {@code name}: the bar shows its name until it or another stage is done. */
  public Stage begin(String name) {
    if (bar != null) {
      synchronized (bar) {
        bar.setExtraMessage(name);
      }
    }
    return new Stage(name, System.nanoTime(), true);
  }

  /**
   * Starts timing work that is no step of the bar (an output written beside the main ones): its
   * time is kept like a stage's.
   */
  public Stage time(String name) {
    return new Stage(name, System.nanoTime(), false);
  }

  /**
   * The wall-clock seconds (to the millisecond) of every stage done so far, in the order they
   * finished, keyed by the stage's name in snake case ({@code "reading the cities"} → {@code
   * reading_the_cities}).
   */
  public Map<String, Double> stageSeconds() {
    synchronized (seconds) {
      return Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }
  }

  /**
   * Records a part of a stage that was timed where it ran (each significance test inside the
   * analysis): in the debug log and in {@link #stageSeconds} beside the stages.
   */
  public void record(String name, double partSeconds) {
    LOG.debug("{}: {} ms", name, Math.round(partSeconds * 1000));
    synchronized (seconds) {
      seconds.merge(key(name), Math.round(partSeconds * 1e3) / 1e3, Double::sum);
    }
  }

  /** A stage's name in snake case: {@code "reading the cities"} → {@code reading_the_cities}. */
  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }

  /** A stage under way. */
  public final class Stage {
    private final String name;
    private final long started;
    private final boolean step;

    private Stage(String name, long started, boolean step) {
      this.name = name;
      this.started = started;
      this.step = step;
    }

    /** Counts the stage done. */
    public void done() {
      long nanos = System.nanoTime() - started;
      LOG.debug("{}: {} ms", name, nanos / 1_000_000);
      synchronized (seconds) {
        seconds.merge(key(name), Math.round(nanos / 1e6) / 1e3, Double::sum);
      }
      if (step && bar != null) {
        synchronized (bar) {
          bar.step();
        }
      }
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}

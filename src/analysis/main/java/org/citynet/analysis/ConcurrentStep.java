package org.citynet.analysis;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.citynet.graph.CompactGraph;
import org.citynet.model.AnalysisSettings;

/**
 * One step of the analysis that runs on its own thread while the caller works on another that does
 * not depend on it, so that the serial parts of each (a clustering's scoring, a kernel's set-up)
 * fill the cores the other leaves idle. Each step is a function of its inputs alone, so running it
 * alongside others changes no result. The parallel parts of a step still use the common pool.
 *
 * @param <T> what the step produces
 */
final class ConcurrentStep<T> {
  /**
   * Most links of a network whose steps run at the same time; above, one after the other, so that
   * only one step's working memory is held at once.
   */
  static final long MOST_LINKS = AnalysisSettings.LARGE_NETWORK_LINKS;

  private final FutureTask<T> task;

  private ConcurrentStep(FutureTask<T> task) {
    this.task = task;
  }

  /**
   * Starts {@code step}, a step on {@code network}, on a new thread; on a network of more than
   * {@link #MOST_LINKS} links, runs it here and now instead.
   */
  static <T> ConcurrentStep<T> start(String name, CompactGraph network, Supplier<T> step) {
    return start(name, network.edgeCount() <= MOST_LINKS, step);
  }

  /** Starts {@code step} on a new thread when {@code concurrently}, else runs it here and now. */
  static <T> ConcurrentStep<T> start(String name, boolean concurrently, Supplier<T> step) {
    FutureTask<T> task = new FutureTask<>(step::get);
    if (concurrently) {
      Thread thread = new Thread(task, "citynet-" + name);
      thread.setDaemon(true);
      thread.start();
    } else {
      task.run();
    }
    return new ConcurrentStep<>(task);
  }

  /**
   * Waits for the step's result; rethrows what the step threw, as the step would have thrown it
   * when run in the caller's thread.
   */
  T join() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

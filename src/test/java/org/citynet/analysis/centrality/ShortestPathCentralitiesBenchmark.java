package org.citynet.analysis.centrality;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.ForkJoinPool;
import org.citynet.graph.CompactGraph;

/**
 * Times {@link ShortestPathCentralities} on a seeded Erdős–Rényi graph with 20,000 vertices and
 * 60,000 edges, on 1 and on 2 threads. Not a test (surefire skips it); run by hand:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.citynet.analysis.centrality.ShortestPathCentralitiesBenchmark
 * </pre>
 */
public final class ShortestPathCentralitiesBenchmark {
  private ShortestPathCentralitiesBenchmark() {}

  /**
   * Prints the wall-clock and CPU time per thread count (CPU time shows the work when other
   * processes share the cores) and whether the results are identical.
   */
  public static void main(String[] args) throws Exception {
    OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    CompactGraph g = SampleGraphs.random(20_000, 20_000, 1, 0, 3.0);
    System.out.printf("%d vertices, %d edges%n", g.vertexCount(), g.edgeCount());
    ShortestPathCentralities first = null;
    for (int threads : new int[] {1, 2}) {
      ForkJoinPool pool = new ForkJoinPool(threads);
      long start = System.nanoTime();
      long cpuStart = os.getProcessCpuTime();
      ShortestPathCentralities c = pool.submit(() -> ShortestPathCentralities.of(g)).get();
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
      pool.shutdown();
      boolean same = true;
      for (int v = 0; first != null && v < g.vertexCount(); v++) {
        same &= first.betweenness(v) == c.betweenness(v) && first.closeness(v) == c.closeness(v);
      }
      first = first == null ? c : first;
      System.out.printf(
          "%d thread(s): %.1f s wall, %.1f s CPU, identical to 1 thread: %b%n",
          threads, seconds, cpuSeconds, same);
    }
  }
}

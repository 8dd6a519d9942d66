package org.citynet.analysis.centrality;

import java.util.concurrent.RecursiveTask;
import java.util.function.IntFunction;

/**
 * The element-wise sum of one vector per block of source vertices, computed in parallel by
 * fork/join. The sums are always added in the same binary-tree order, so the result is bit for bit
 * the same on any number of threads: this is how the shortest-path kernels are both parallel and
 * deterministic. O(blocks · n) additions on top of the blocks' own work.
 */
final class BlockSums extends RecursiveTask<double[]> {
  private final IntFunction<double[]> block;
  private final int from;
  private final int to;

  private BlockSums(IntFunction<double[]> block, int from, int to) {
    this.block = block;
    this.from = from;
    this.to = to;
  }

  /** The sum of {@code block.apply(b)} over {@code b = 0 .. blocks-1}; {@code blocks >= 1}. */
  static double[] of(int blocks, IntFunction<double[]> block) {
    return new BlockSums(block, 0, blocks).invoke();
  }

  /** The first of {@code items} that block {@code b} of {@code blocks} even blocks covers. */
  static int firstOf(int b, int blocks, int items) {
    return (int) ((long) b * items / blocks);
  }

  @Override
  protected double[] compute() {
    if (to - from == 1) {
      return block.apply(from);
    }
    int middle = (from + to) >>> 1;
    BlockSums left = new BlockSums(block, from, middle);
    left.fork();
    double[] right = new BlockSums(block, middle, to).compute();
    double[] sum = left.join();
    for (int v = 0; v < sum.length; v++) {
      sum[v] += right[v];
    }
    return sum;
  }
}

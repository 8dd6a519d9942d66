package org.citynet.analysis.community;

import java.util.List;
import org.citynet.model.AnalysisSettings;

/**
 * The outcome of a Leiden clustering: the best partition of the random starts, its quality and how
 * much the starts agreed.
 *
 * @param partition the best start's partition; its {@code modularity} is Newman-Girvan modularity
 *     at {@code resolution} for {@link AnalysisSettings.Quality#MODULARITY} and at resolution 1
 *     (classic) for {@link AnalysisSettings.Quality#CPM}, so that CPM runs can be compared
 * @param quality the function that was maximised
 * @param resolution its resolution γ
 * @param score the maximised function's value for {@code partition}: modularity, or the CPM quality
 *     of {@link ConstantPottsModel} in edge-weight units
 * @param stability agreement between the partitions of all random starts
 * @param starts each random start's partition (a cluster id per vertex, ids not relabelled), in
 *     start order
 */
public record LeidenRun(
    Partition partition,
    AnalysisSettings.Quality quality,
    double resolution,
    double score,
    StartStability stability,
    List<int[]> starts) {
  public LeidenRun {
    starts = List.copyOf(starts);
  }
}

package org.citynet.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The colours of clusters in every output (map, GeoPackage styles, workbook), so a cluster looks
 * the same everywhere.
 *
 * <p>The nine colours are Paul Tol's colour-blind-safe qualitative scheme "muted" (P. Tol, "Colour
 * Schemes", SRON technical note SRON/EPS/TN/09-002, issue 3.2, 2021), ordered so that the largest
 * clusters get the darkest colours, which stay visible on a light grey basemap. Clusters {@value
 * #SIZE} and beyond share a neutral grey, "other".
 */
public final class ClusterPalette {
  /** Number of clusters with a colour of their own: ids {@code 0..SIZE-1}. */
  public static final int SIZE = 9;

  /** Colour of clusters beyond the palette and of links between clusters, as 0xRRGGBB. */
  public static final int OTHER_RGB = 0x8C8C8C;

  private static final int[] RGB = {
    0x332288, // indigo
    0xCC6677, // rose
    0x117733, // green
    0x88CCEE, // cyan
    0x882255, // wine
    0x44AA99, // teal
    0xDDCC77, // sand
    0x999933, // olive
    0xAA4499, // purple
  };

  private ClusterPalette() {}

  /** Whether {@code cluster} has a colour of its own rather than "other". */
  public static boolean hasOwnColour(int cluster) {
    return cluster >= 0 && cluster < SIZE;
  }

  /**
   * Palette slots for clusters tracked through periods, so a tracked cluster keeps its colour from
   * period to period. When it first appears, a tracked cluster takes the lowest slot that no
   * cluster of its period holds and no cluster of the previous period held; failing that, the
   * lowest slot that no cluster of its period holds (a colour of a cluster that vanished); failing
   * that, "other". A cluster keeps its slot, "other" included, as long as it is tracked.
   *
   * @param lineages per period, indexed by cluster id, the cluster's tracked cluster (-1 for none),
   *     as {@code ClusterTracking.lineages} gives them
   * @return per period, indexed by cluster id, the slot to pass to {@link #rgb}; -1 for "other"
   */
  public static List<List<Integer>> tracked(List<List<Integer>> lineages) {
    Map<Integer, Integer> slotOf = new HashMap<>();
    List<List<Integer>> slots = new ArrayList<>();
    List<Integer> previous = List.of();
    for (List<Integer> lineage : lineages) {
      boolean[] held = holders(lineage, slotOf);
      boolean[] heldBefore = holders(previous, slotOf);
      List<Integer> slot = new ArrayList<>(lineage.size());
      for (int tracked : lineage) {
        if (tracked >= 0 && !slotOf.containsKey(tracked)) {
          int free = free(held, heldBefore);
          slotOf.put(tracked, free);
          if (free >= 0) {
            held[free] = true;
          }
        }
        slot.add(tracked < 0 ? -1 : slotOf.get(tracked));
      }
      slots.add(List.copyOf(slot));
      previous = lineage;
    }
    return List.copyOf(slots);
  }

  /** Which slots the tracked clusters of one period hold. */
  private static boolean[] holders(List<Integer> lineage, Map<Integer, Integer> slotOf) {
    boolean[] held = new boolean[SIZE];
    for (int tracked : lineage) {
      Integer slot = slotOf.get(tracked);
      if (slot != null && slot >= 0) {
        held[slot] = true;
      }
    }
    return held;
  }

  /** The lowest slot free now and before, else the lowest free now, else -1. */
  private static int free(boolean[] held, boolean[] heldBefore) {
    int reused = -1;
    for (int slot = 0; slot < SIZE; slot++) {
      if (!held[slot]) {
        if (!heldBefore[slot]) {
          return slot;
        }
        reused = reused < 0 ? slot : reused;
      }
    }
    return reused;
  }

  /** The colour of {@code cluster} as 0xRRGGBB. */
  public static int rgb(int cluster) {
    return hasOwnColour(cluster) ? RGB[cluster] : OTHER_RGB;
  }

  /** The colour of {@code cluster} as {@code #RRGGBB}, upper case. */
  public static String hex(int cluster) {
    return String.format("#%06X", rgb(cluster));
  }
}

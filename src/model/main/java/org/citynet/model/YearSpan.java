package org.citynet.model;

/**
 * A span of whole calendar years, both ends included: a period of the analysis over time, or the
 * years a link or membership is active.
 *
 * @param first the first year
 * @param last the last year, ≥ {@code first}
 */
public record YearSpan(int first, int last) {
  public YearSpan {
    if (last < first) {
      throw new IllegalArgumentException("last year " + last + " is before first year " + first);
    }
  }

  /** Whether some year lies in both spans. */
  public boolean overlaps(YearSpan other) {
    return first <= other.last && other.first <= last;
  }

  /** How many years the span holds. */
  public int years() {
    return last - first + 1;
  }

  /** The span as users write it: {@code 2005} for one year, {@code 2000-2006} for more. */
  public String label() {
    return first == last ? Integer.toString(first) : first + "-" + last;
  }

  @Override
  public String toString() {
    return label();
  }
}

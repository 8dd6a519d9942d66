package org.citynet.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the header a user probably meant when a required column is missing: a misspelling ({@code
 * latitdue}, {@code contry}) or a name with a unit or qualifier ({@code lat (deg)}).
 *
 * <p>Misspellings are measured by the optimal string alignment distance (Damerau, "A technique for
 * computer detection and correction of spelling errors", CACM 7(3), 1964: insertions, deletions,
 * substitutions and adjacent transpositions, each cost 1), computed in O(|a|·|b|) time. A name
 * counts as a typo at distance 1, or 2 for names longer than five letters, so that short names
 * ({@code lon}, {@code id}) are not matched to unrelated ones.
 */
final class ColumnNames {
  private ColumnNames() {}

  /**
   * A header name and the known name it is close to.
   *
   * @param found the header as written
   * @param meant the known column name it resembles
   */
  record Suggestion(String found, String meant) {}

  /**
   * The header closest to one of {@code names}, if any is close enough to be a slip.
   *
   * @param headers the unclaimed header names, in file order
   * @param names the accepted names of the missing column, preferred first
   */
  static Optional<Suggestion> closest(List<String> headers, List<String> names) {
    Suggestion best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : names) {
      for (String header : headers) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        int limit = name.length() > 5 ? 2 : 1;
        int d =
            qualified(h, name)
                ? 1
                : Math.abs(h.length() - name.length()) > limit ? limit + 1 : distance(h, name);
        if (d <= limit && d < bestDistance) {
          best = new Suggestion(header.trim(), name);
          bestDistance = d;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether {@code header} is {@code name} followed by a qualifier, e.g. "lat (deg)". */
  private static boolean qualified(String header, String name) {
    return header.length() > name.length()
        && header.startsWith(name)
        && !Character.isLetterOrDigit(header.charAt(name.length()));
  }

  /** Optimal string alignment distance between {@code a} and {@code b}. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

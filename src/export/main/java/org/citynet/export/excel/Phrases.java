package org.citynet.export.excel;

import java.util.List;
import java.util.Locale;
import org.citynet.export.schema.ClusterProfiles;
import org.citynet.model.CityMetrics;
import org.citynet.model.DistanceDecayCurve;

/** Numbers and names as a brief writes them: "12%", "1,234 km", "Quito (EC)", "a, b and c". */
final class Phrases {
  private Phrases() {}

  /**
   * A share as a percentage a reader takes in at a glance: whole percents from 10%, one decimal
   * below, and never "0%" or "100%" for a share that is not exactly 0 or 1.
   */
  static String percent(double share) {
    if (!(share > 0)) {
      return "0%";
    }
    if (share >= 1) {
      return "100%";
    }
    double p = share * 100;
    if (p < 0.05) {
      return "less than 0.1%";
    }
    if (p >= 99.5) {
      return "more than 99%";
    }
    if (p < 9.95) {
      return String.format(Locale.UK, "%.1f", p).replaceAll("\\.0$", "") + "%";
    }
    return Math.round(p) + "%";
  }

  /** A count with thousands separators. */
  static String count(long n) {
    return ClusterProfiles.count(n);
  }

  /** "1 city", "12 cities". */
  static String count(long n, String singular, String plural) {
    return count(n) + " " + (n == 1 ? singular : plural);
  }

  /** A signed number with two decimals and a true minus sign: "−1.23". */
  static String signed(double x) {
    return String.format(Locale.UK, "%.2f", x).replace('-', '−');
  }

  /**
   * The fitted power law: "distance^−1.23 (95% confidence interval −1.40 to −1.06)", without the
   * interval when there are too few bands for one.
   */
  static String powerLaw(DistanceDecayCurve decay) {
    String law = "distance^" + signed(decay.exponent());
    return Double.isNaN(decay.lower95())
        ? law
        : law
            + " (95% confidence interval "
            + signed(decay.lower95())
            + " to "
            + signed(decay.upper95())
            + ")";
  }

  /** A distance rounded to the kilometre. */
  static String km(double km) {
    return String.format(Locale.UK, "%,.0f km", km);
  }

  /** A city's name with its country code, which tells apart cities of the same name. */
  static String city(CityMetrics city) {
    return ClusterProfiles.city(city);
  }

  /** A UN region's name as it reads inside a sentence ("the Americas"). */
  static String region(String name) {
    return name.equals("Americas") ? "the Americas" : name;
  }

  /** Ascending numbers with runs of three or more shortened to a range: "1, 3–5, 7, 9 and 10". */
  static String numbers(List<Integer> numbers) {
    return ClusterProfiles.numbers(numbers);
  }

  /** "a", "a and b", "a, b and c". */
  static String list(List<String> items) {
    return ClusterProfiles.list(items);
  }
}

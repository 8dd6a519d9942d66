package org.citynet.model;

import java.util.Locale;

/**
 * What the disparity-filter backbone ({@code --backbone ALPHA}) kept of the network: the analysis
 * ran on the links with {@code disparity_p} &lt; α; every city stayed, those without a kept link as
 * isolates.
 *
 * @param alpha the significance level α, in (0, 1)
 * @param linksKept links with disparity_p &lt; α
 * @param linksTotal links of the whole network
 * @param citiesKept cities with at least one kept link
 * @param citiesTotal cities of the whole network
 */
public record Backbone(
    double alpha, int linksKept, int linksTotal, int citiesKept, int citiesTotal) {

  /** One sentence for the console, the workbook and the summary. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "backbone (disparity filter, disparity_p < %s): %,d of %,d links kept; %,d of %,d cities"
            + " keep a link, the other %,d stay as isolates",
        alpha,
        linksKept,
        linksTotal,
        citiesKept,
        citiesTotal,
        citiesTotal - citiesKept);
  }
}

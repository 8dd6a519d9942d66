package org.citynet.export.schema;

import java.util.ArrayList;
import java.util.List;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.PeriodAnalysis;
import org.citynet.model.PeriodCity;

/**
 * One city in one period's snapshot: a row of the {@code city_periods} table.
 *
 * @param period the period's snapshot
 * @param city the city's measures in it
 */
public record CityPeriod(PeriodAnalysis period, PeriodCity city) {
  /** Every city of every period's snapshot, period by period; empty without years. */
  public static List<CityPeriod> of(NetworkAnalysis analysis) {
    List<CityPeriod> rows = new ArrayList<>();
    for (PeriodAnalysis p : analysis.time().periods()) {
      p.members().forEach(c -> rows.add(new CityPeriod(p, c)));
    }
    return rows;
  }
}

package org.citynet.export.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citynet.model.ActiveYears;
import org.citynet.model.LinkMetrics;
import org.citynet.model.Partnership;
import org.citynet.model.YearSpan;
import org.junit.jupiter.api.Test;

class GexfSpellsTest {
  static LinkMetrics link(String a, String b, ActiveYears years) {
    return new LinkMetrics(new Partnership(a, b, 1, 1, List.of(), years), 0, false, false, 1);
  }

  @Test
  void aCitysSpellsAreItsLinksYearsWithGapsKeptAndTouchingSpansJoined() {
    YearSpan input = new YearSpan(1990, 2020);
    var spells =
        GexfWriter.citySpells(
            List.of(
                link("a", "b", ActiveYears.between(2000, 2003)),
                link("a", "c", ActiveYears.between(2010, 2012)),
                link("c", "a", ActiveYears.between(2004, 2005)),
                link("d", "a", ActiveYears.since(2015))),
            input);
    assertThat(spells.get("a"))
        .containsExactly(
            new YearSpan(2000, 2005), new YearSpan(2010, 2012), new YearSpan(2015, 2020));
    assertThat(spells.get("c")).containsExactly(new YearSpan(2004, 2005), new YearSpan(2010, 2012));
  }
}

package org.citynet.export.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {
  private static final TextStyle STYLE = TextStyle.of(Font.PLAIN, 8, Color.BLACK);
  private static final Rectangle2D PAGE = new Rectangle2D.Double(0, 0, 400, 300);

  @Test
  void putsALoneLabelAtTheUpperRight() {
    LabelPlacer.Candidate c = new LabelPlacer.Candidate("Berlin", 100, 100, 4);
    List<LabelPlacer.Placed> placed = LabelPlacer.place(List.of(c), List.of(), STYLE, PAGE);
    double offset = 4 * Math.sqrt(0.5) + LabelPlacer.GAP;
    assertThat(placed).hasSize(1);
    assertThat(placed.get(0).box().getX()).isCloseTo(100 + offset, within(1e-9));
    assertThat(placed.get(0).box().getMaxY()).isCloseTo(100 - offset, within(1e-9));
    assertThat(placed.get(0).baseline() - placed.get(0).box().getY())
        .isCloseTo(STYLE.ascent(), within(1e-9));
  }

  @Test
  void neverOverlapsLabelsOrLabelledCitiesEvenWhenCrowded() {
    Random random = new Random(7);
    List<LabelPlacer.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      candidates.add(
          new LabelPlacer.Candidate(
              "City " + i, 150 + random.nextDouble() * 100, 100 + random.nextDouble() * 80, 3));
    }
    List<LabelPlacer.Placed> placed = LabelPlacer.place(candidates, List.of(), STYLE, PAGE);
    assertThat(placed).isNotEmpty().hasSizeLessThan(40);
    for (int i = 0; i < placed.size(); i++) {
      Rectangle2D box = placed.get(i).box();
      assertThat(PAGE.contains(box)).isTrue();
      for (int j = i + 1; j < placed.size(); j++) {
        assertThat(box.intersects(placed.get(j).box())).as("%s / %s", i, j).isFalse();
      }
      for (LabelPlacer.Candidate c : candidates) {
        Ellipse2D circle = new Ellipse2D.Double(c.x() - 3, c.y() - 3, 6, 6);
        assertThat(circle.intersects(box))
            .as("%s over %s", placed.get(i).text(), c.text())
            .isFalse();
      }
    }
  }

  @Test
  void skipsACityWhoseEightPositionsAreAllTaken() {
    LabelPlacer.Candidate first = new LabelPlacer.Candidate("Apia", 10, 50, 2);
    LabelPlacer.Candidate second = new LabelPlacer.Candidate("Apia", 10, 50, 2);
    double h = STYLE.ascent() + STYLE.descent();
    // only the position right of the point fits in this strip
    Rectangle2D strip =
        new Rectangle2D.Double(
            10, 50 - h / 2 - 0.1, 2 + LabelPlacer.GAP + STYLE.width("Apia") + 1, h + 0.2);
    assertThat(LabelPlacer.place(List.of(first, second), List.of(), STYLE, strip))
        .singleElement()
        .satisfies(p -> assertThat(p.box().getX()).isCloseTo(12 + LabelPlacer.GAP, within(1e-9)));
  }

  @Test
  void movesOffUnlabelledCitiesWhenAnotherPositionIsFree() {
    LabelPlacer.Candidate c = new LabelPlacer.Candidate("Suva", 100, 100, 2);
    Ellipse2D upperRight = new Ellipse2D.Double(105, 90, 6, 6);
    LabelPlacer.Placed p = LabelPlacer.place(List.of(c), List.of(upperRight), STYLE, PAGE).get(0);
    assertThat(p.box().getX()).isGreaterThan(100);
    assertThat(p.box().getY()).as("lower right").isGreaterThan(100);
  }
}

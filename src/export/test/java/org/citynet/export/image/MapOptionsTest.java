package org.citynet.export.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalLong;
import org.citynet.model.BrokerRank;
import org.citynet.model.City;
import org.citynet.model.CityMetrics;
import org.citynet.model.Role;
import org.junit.jupiter.api.Test;

class MapOptionsTest {
  @Test
  void defaultsToTwoHundredDpiBetweennessTwelveLabelsWholeWorld() {
    assertThat(MapOptions.defaults())
        .isEqualTo(
            new MapOptions(
                200, SizeMeasure.BETWEENNESS, 12, GeoBox.WORLD, MapOptions.DEFAULT_MAX_LINKS));
  }

  @Test
  void rejectsResolutionsOutsideTheRangeAndNegativeLabelCounts() {
    assertThatThrownBy(
            () ->
                new MapOptions(
                    20, SizeMeasure.DEGREE, 1, GeoBox.WORLD, MapOptions.DEFAULT_MAX_LINKS))
        .hasMessageContaining("dpi must be between 50 and 600, got 20");
    assertThatThrownBy(
            () ->
                new MapOptions(
                    601, SizeMeasure.DEGREE, 1, GeoBox.WORLD, MapOptions.DEFAULT_MAX_LINKS))
        .hasMessageContaining("got 601");
    assertThatThrownBy(
            () ->
                new MapOptions(
                    200, SizeMeasure.DEGREE, -1, GeoBox.WORLD, MapOptions.DEFAULT_MAX_LINKS))
        .hasMessageContaining("got -1");
    assertThatThrownBy(() -> new MapOptions(200, SizeMeasure.DEGREE, 1, GeoBox.WORLD, 0))
        .hasMessageContaining("at least one link must be drawn, got 0");
  }

  @Test
  void parsesABoundingBoxWestSouthEastNorth() {
    assertThat(GeoBox.parse(" -12, 34.5,35 ,60")).isEqualTo(new GeoBox(-12, 34.5, 35, 60));
  }

  @Test
  void rejectsBoxesThatAreEmptyCrossTheAntimeridianOrAreNotNumbers() {
    assertThatThrownBy(() -> GeoBox.parse("170,-20,-170,-10"))
        .hasMessageContaining("-180 <= west < east <= 180");
    assertThatThrownBy(() -> GeoBox.parse("0,10,5,10")).hasMessageContaining("south < north");
    assertThatThrownBy(() -> GeoBox.parse("0,10,5")).hasMessageContaining("west,south,east,north");
    assertThatThrownBy(() -> GeoBox.parse("0,ten,5,20"))
        .hasMessageContaining("'ten' is not a number");
  }

  @Test
  void namesWorldRegionsAsTheUnDoesWithTheirBoxes() {
    assertThat(MapRegion.EUROPE.box()).isEqualTo(new GeoBox(-25, 34, 45, 72));
    assertThat(MapRegion.OCEANIA.box().maxLon()).isEqualTo(180);
    assertThat(MapRegion.values())
        .extracting(MapRegion::toString)
        .containsExactly("Africa", "Americas", "Asia", "Europe", "Oceania");
  }

  @Test
  void sizeMeasuresAreSpelledAsTheirColumnsAndReadThem() {
    assertThat(SizeMeasure.STRENGTH.label()).isEqualTo("strength");
    assertThat(SizeMeasure.PAGERANK).hasToString("pagerank");
    CityMetrics m =
        new CityMetrics(
            new City("1", "A", "ES", 0, 0, OptionalLong.empty(), List.of()),
            "Europe",
            "",
            3,
            4.5,
            0.25,
            0,
            0,
            0.125,
            0,
            1,
            0,
            0,
            0,
            0,
            0,
            Role.R1_ULTRA_PERIPHERAL,
            Double.NaN,
            CityMetrics.NOT_COMPUTED,
            BrokerRank.NONE,
            1.0);
    assertThat(SizeMeasure.DEGREE.of(m)).isEqualTo(3);
    assertThat(SizeMeasure.STRENGTH.of(m)).isEqualTo(4.5);
    assertThat(SizeMeasure.BETWEENNESS.of(m)).isEqualTo(0.25);
    assertThat(SizeMeasure.PAGERANK.of(m)).isEqualTo(0.125);
  }
}

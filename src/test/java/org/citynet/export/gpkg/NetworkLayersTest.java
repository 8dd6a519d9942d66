package org.citynet.export.gpkg;

import static mil.nga.geopackage.db.GeoPackageDataType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citynet.export.gpkg.FeatureLayer.Column;
import org.junit.jupiter.api.Test;

class NetworkLayersTest {
  private static final List<Column> BUILT_IN = List.of(new Column("name", TEXT));

  @Test
  void keepsDistinctNamesAsTheyAre() {
    assertThat(NetworkLayers.extraColumnNames(List.of("note", "a \"b\"; --"), BUILT_IN))
        .containsExactly("note", "a \"b\"; --");
  }

  @Test
  void suffixesNamesThatClashWithBuiltInColumnsIgnoringCase() {
    assertThat(NetworkLayers.extraColumnNames(List.of("Name", "FID", "geom"), BUILT_IN))
        .containsExactly("Name_input", "FID_input", "geom_input");
  }

  @Test
  void suffixesDuplicatesUntilTheyAreUnique() {
    assertThat(
            NetworkLayers.extraColumnNames(
                List.of("name_input", "name", "note", "NOTE", "note_input"), BUILT_IN))
        .containsExactly(
            "name_input", "name_input_input", "note", "NOTE_input", "note_input_input");
  }

  @Test
  void namesEmptyColumnsByPosition() {
    assertThat(NetworkLayers.extraColumnNames(List.of("a", "", " ", "extra_2"), BUILT_IN))
        .containsExactly("a", "extra_2", "extra_3", "extra_2_input");
  }

  @Test
  void replacesTheNulCharacterSqliteCannotStore() {
    assertThat(NetworkLayers.extraColumnNames(List.of("a\0b"), BUILT_IN))
        .containsExactly("a\uFFFDb");
  }
}

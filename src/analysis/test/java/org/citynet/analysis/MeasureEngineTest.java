package org.citynet.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.citynet.testing.ClassPaths;
import org.junit.jupiter.api.Test;

public class MeasureEngineTest {
  @Test
  void findsTheLocalEngineByName() {
    assertThat(MeasureEngine.named("local")).isSameAs(MeasureEngine.local());
    assertThat(MeasureEngine.local().name()).isEqualTo("local");
  }

  @Test
  void sparkWithoutSparkSaysHowToBuildAndRunIt() {
    assumeFalse(ClassPaths.hasSpark(), "this build has Spark: the engine is there");

    assertThatThrownBy(() -> MeasureEngine.named("spark"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mvn -B -Pspark package")
        .hasMessageContaining("java -jar target/citynet-spark.jar --engine spark");
  }

  @Test
  void unknownEngineNamesTheChoices() {
    assertThatThrownBy(() -> MeasureEngine.named("flink"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown engine 'flink': choose local or spark");
  }
}

package org.citynet.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;

public class MeasureEngineTest {
  /** Whether this build has Spark on its class path ({@code mvn -Pspark}). */
  public static boolean sparkOnClassPath() {
    try {
      Class.forName(
          "org.apache.spark.SparkContext", false, MeasureEngineTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Test
  void findsTheLocalEngineByName() {
    assertThat(MeasureEngine.named("local")).isSameAs(MeasureEngine.local());
    assertThat(MeasureEngine.local().name()).isEqualTo("local");
  }

  @Test
  void sparkWithoutSparkSaysHowToBuildAndRunIt() {
    assumeFalse(sparkOnClassPath(), "this build has Spark: the engine is there");

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

package org.citynet.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemoryEstimateTest {
  @Test
  void worldTwinningNetworkFitsTheLaunchersDefaultHeap() {
    assertThatCode(() -> MemoryEstimate.check(17_155, 24_771, 4L << 30)).doesNotThrowAnyException();
  }

  @Test
  void millionCitiesAndFiveMillionLinksFitAnEightGigabyteHeap() {
    assertThatCode(() -> MemoryEstimate.check(1_000_000, 5_000_000, 8L << 30))
        .doesNotThrowAnyException();
  }

  @Test
  void tooLargeNetworkStopsWithTheHeapToAskFor() {
    assertThatThrownBy(() -> MemoryEstimate.check(1_000_000, 5_000_000, 1L << 30))
        .isInstanceOf(MemoryEstimate.NotEnoughMemoryException.class)
        .hasMessageContaining("1,000,000 cities and 5,000,000 links need about 6.9 GB")
        .hasMessageContaining("JAVA_OPTS=-Xmx7g");
  }
}

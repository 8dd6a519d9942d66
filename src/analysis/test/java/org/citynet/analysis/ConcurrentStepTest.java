package org.citynet.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConcurrentStepTest {
  @Test
  void runsTheStepOnItsOwnThreadAndHandsOverItsResult() {
    ConcurrentStep<String> step =
        ConcurrentStep.start("test", true, () -> Thread.currentThread().getName());

    assertThat(step.join()).isEqualTo("citynet-test");
  }

  @Test
  void runsTheStepInTheCallersThreadWhenNotConcurrently() {
    String caller = Thread.currentThread().getName();

    ConcurrentStep<String> step =
        ConcurrentStep.start("test", false, () -> Thread.currentThread().getName());

    assertThat(step.join()).isEqualTo(caller);
  }

  static List<Throwable> thrownBySteps() {
    return List.of(
        new NoSuchElementException("a city has no population"),
        new OutOfMemoryError("Java heap space"));
  }

  @ParameterizedTest
  @MethodSource("thrownBySteps")
  void rethrowsWhatTheStepThrewAsItThrewIt(Throwable thrown) {
    ConcurrentStep<Object> step =
        ConcurrentStep.start(
            "test",
            true,
            () -> {
              if (thrown instanceof Error error) {
                throw error;
              }
              throw (RuntimeException) thrown;
            });

    assertThatThrownBy(step::join).isSameAs(thrown);
  }
}

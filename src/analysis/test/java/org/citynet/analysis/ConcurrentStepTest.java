package org.citynet.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

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

  @Test
  void rethrowsWhatTheStepThrewAsItThrewIt() {
    NoSuchElementException thrown = new NoSuchElementException("a city has no population");

    ConcurrentStep<Object> step =
        ConcurrentStep.start(
            "test",
            true,
            () -> {
              throw thrown;
            });

    assertThatThrownBy(step::join).isSameAs(thrown);
  }

  @Test
  void rethrowsAnErrorOfTheStepAsItThrewIt() {
    OutOfMemoryError thrown = new OutOfMemoryError("Java heap space");

    ConcurrentStep<Object> step =
        ConcurrentStep.start(
            "test",
            true,
            () -> {
              throw thrown;
            });

    assertThatThrownBy(step::join).isSameAs(thrown);
  }
}

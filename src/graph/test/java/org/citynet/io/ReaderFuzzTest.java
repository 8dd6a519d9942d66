package org.citynet.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Jazzer {@link FuzzTest} of a reader, taking the file's bytes: seeded with the bad-input corpus
 * ({@link BadInputSeeds#corpus()}) besides the files under {@code <TestClass>Inputs/<method>/},
 * where Jazzer saves what it finds; an input that takes longer than {@link #TIMEOUT_SECONDS} is a
 * hang.
 *
 * <p>Without {@code JAZZER_FUZZ} the test replays those seeds, and JUnit stops a hanging one from
 * another thread, since a reader stuck in a loop would ignore an interrupt. With it ({@code mvn
 * -Pfuzz test}) Jazzer fuzzes and turns the timeout into libFuzzer's per-input {@code -timeout}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Timeout(value = ReaderFuzzTest.TIMEOUT_SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
@MethodSource("org.citynet.io.BadInputSeeds#corpus")
@FuzzTest
@interface ReaderFuzzTest {
  /**
   * The largest seed reads in milliseconds; the margin absorbs attaching Jazzer's agent on the
   * first input and a loaded CI machine.
   */
  long TIMEOUT_SECONDS = 10;
}

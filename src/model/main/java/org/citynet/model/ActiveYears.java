package org.citynet.model;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When a link or membership is active, as the input gives it: active in year y when start ≤ y ≤
 * end. A missing start means "since the earliest year of the input", a missing end "still active":
 * until the latest year of the input (see {@link #within}).
 *
 * @param start the first active year, when given
 * @param end the last active year, when given; ≥ start when both are
 */
public record ActiveYears(OptionalInt start, OptionalInt end) {
  /** No years given: active throughout. */
  public static final ActiveYears ALWAYS =
      new ActiveYears(OptionalInt.empty(), OptionalInt.empty());

  private static final Optional<ActiveYears> ALWAYS_OVERLAP = Optional.of(ALWAYS);

  public ActiveYears {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.isPresent() && end.isPresent() && end.getAsInt() < start.getAsInt()) {
      throw new IllegalArgumentException(
          "end " + end.getAsInt() + " is before start " + start.getAsInt());
    }
  }

  /** Active from {@code start} on, with no end given. */
  public static ActiveYears since(int start) {
    return new ActiveYears(OptionalInt.of(start), OptionalInt.empty());
  }

  /** Active from {@code start} to {@code end}. */
  public static ActiveYears between(int start, int end) {
    return new ActiveYears(OptionalInt.of(start), OptionalInt.of(end));
  }

  /** Whether the input gave a start or an end. */
  public boolean given() {
    return start.isPresent() || end.isPresent();
  }

  /** The active years, a missing start or end taken from {@code input}, the input's years. */
  public YearSpan within(YearSpan input) {
    int first = start.orElse(input.first());
    return new YearSpan(first, Math.max(first, end.orElse(input.last())));
  }

  /**
   * The years of the input: from the earliest to the latest start or end any row gives; empty when
   * none gives one.
   */
  public static Optional<YearSpan> span(Collection<ActiveYears> rows) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (ActiveYears a : rows) {
      for (OptionalInt y : new OptionalInt[] {a.start, a.end}) {
        if (y.isPresent()) {
          first = Math.min(first, y.getAsInt());
          last = Math.max(last, y.getAsInt());
        }
      }
    }
    return first > last ? Optional.empty() : Optional.of(new YearSpan(first, last));
  }

  /**
   * The years of two rows together, from the earlier start to the later end: a missing start or end
   * stays missing, since it stands for the input's first or last year.
   */
  public ActiveYears hull(ActiveYears other) {
    if (this == other) {
      return this;
    }
    return new ActiveYears(
        start.isPresent() && other.start.isPresent()
            ? OptionalInt.of(Math.min(start.getAsInt(), other.start.getAsInt()))
            : OptionalInt.empty(),
        end.isPresent() && other.end.isPresent()
            ? OptionalInt.of(Math.max(end.getAsInt(), other.end.getAsInt()))
            : OptionalInt.empty());
  }

  /**
   * The years both are active, from the later start to the earlier end; empty when they share no
   * year. A missing start or end stands for the input's first or last year, as in {@link #within}.
   */
  public Optional<ActiveYears> overlap(ActiveYears other) {
    if (this == ALWAYS && other == ALWAYS) {
      return ALWAYS_OVERLAP;
    }
    OptionalInt s = later(start, other.start);
    OptionalInt e = earlier(end, other.end);
    if (s.isPresent() && e.isPresent() && e.getAsInt() < s.getAsInt()) {
      return Optional.empty();
    }
    return Optional.of(new ActiveYears(s, e));
  }

  private static OptionalInt later(OptionalInt a, OptionalInt b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? a : OptionalInt.of(Math.max(a.getAsInt(), b.getAsInt()));
  }

  private static OptionalInt earlier(OptionalInt a, OptionalInt b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? a : OptionalInt.of(Math.min(a.getAsInt(), b.getAsInt()));
  }
}

package org.citynet.export.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * One column of an output table (or one key of the run summary), defined once for every writer.
 *
 * @param name the column's name in every output, unique (ignoring case) within its table
 * @param type the type of its values
 * @param unit the unit of its values, {@code ""} when they have none (counts, scores, text)
 * @param meaning what the values are, in one line
 * @param value a row's raw value; read it through {@link #valueOf}, which normalises it
 * @param <T> the row: {@code CityMetrics}, {@code LinkMetrics}, {@code Cluster}, ...
 */
public record OutputColumn<T>(
    String name, ColumnType type, String unit, String meaning, Function<? super T, ?> value) {

  public OutputColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(value, "value");
  }

  /** A text column; an empty text counts as missing. */
  public static <T> OutputColumn<T> text(
      String name, String meaning, Function<? super T, String> value) {
    return new OutputColumn<>(name, ColumnType.TEXT, "", meaning, value);
  }

  /** A whole-number column; a {@code null} value is missing. */
  public static <T> OutputColumn<T> integer(
      String name, String unit, String meaning, Function<? super T, ? extends Number> value) {
    return new OutputColumn<>(name, ColumnType.INTEGER, unit, meaning, value);
  }

  /** A real-number column; NaN and infinities count as missing. */
  public static <T> OutputColumn<T> real(
      String name, String unit, String meaning, ToDoubleFunction<? super T> value) {
    return new OutputColumn<>(name, ColumnType.REAL, unit, meaning, value::applyAsDouble);
  }

  /** A true/false column. */
  public static <T> OutputColumn<T> bool(String name, String meaning, Predicate<? super T> value) {
    return new OutputColumn<>(name, ColumnType.BOOLEAN, "", meaning, value::test);
  }

  /** A summary entry whose value is a JSON object of names to values. */
  public static <T> OutputColumn<T> object(
      String name, String unit, String meaning, Function<? super T, Map<String, ?>> value) {
    return new OutputColumn<>(name, ColumnType.OBJECT, unit, meaning, value);
  }

  /**
   * The value of {@code row} as its type's Java class — {@code String}, {@code Long}, {@code
   * Double}, {@code Boolean} or {@code Map} — or {@code null} when it has none: an empty text, a
   * NaN or infinite number and a {@code null} are all missing, so that every writer writes a
   * missing value the same way (NULL, an empty cell, no attribute, JSON {@code null}).
   *
   * @throws IllegalStateException if the value does not fit the column's type
   */
  public Object valueOf(T row) {
    Object v = value.apply(row);
    if (v == null) {
      return null;
    }
    return switch (type) {
      case TEXT -> v instanceof String s ? (s.isEmpty() ? null : s) : mismatch(v);
      case INTEGER ->
          v instanceof Long || v instanceof Integer || v instanceof Short
              ? Long.valueOf(((Number) v).longValue())
              : mismatch(v);
      case REAL -> v instanceof Number n ? finite(n.doubleValue()) : mismatch(v);
      case BOOLEAN -> v instanceof Boolean ? v : mismatch(v);
      case OBJECT -> v instanceof Map<?, ?> || v instanceof List<?> ? v : mismatch(v);
    };
  }

  /**
   * The value of {@code row} as text, {@code null} when missing: numbers in Java's round-trip form
   * ({@code 0.25}, {@code 1.0E-5}) so that a reader parses back exactly the computed double,
   * booleans {@code true}/{@code false}.
   */
  public String text(T row) {
    Object v = valueOf(row);
    return v == null ? null : v.toString();
  }

  private static Double finite(double d) {
    return Double.isFinite(d) ? d : null;
  }

  private Object mismatch(Object v) {
    throw new IllegalStateException(
        "column " + name + " of type " + type + " got a " + v.getClass().getSimpleName());
  }
}

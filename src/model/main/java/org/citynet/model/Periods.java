package org.citynet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods a network over time is cut into ({@code --periods}): one per year of the input, or
 * the spans the user lists, in order and without overlap.
 */
public sealed interface Periods {
  /** Most snapshots {@code --periods year} makes: beyond, list wider periods. */
  int MOST_YEARS = 200;

  /** One period per year, from the input's first year to its last. */
  record EachYear() implements Periods {
    @Override
    public List<YearSpan> within(YearSpan input) {
      if (input.years() > MOST_YEARS) {
        throw new IllegalArgumentException(
            "the input's years run from "
                + input.first()
                + " to "
                + input.last()
                + ", "
                + input.years()
                + " snapshots with --periods year (at most "
                + MOST_YEARS
                + "); list wider periods, e.g. --periods "
                + input.first()
                + "-"
                + (input.first() + 9)
                + ","
                + (input.first() + 10)
                + "-"
                + (input.first() + 19)
                + ",...");
      }
      List<YearSpan> years = new ArrayList<>(input.years());
      for (int y = input.first(); y <= input.last(); y++) {
        years.add(new YearSpan(y, y));
      }
      return years;
    }

    @Override
    public String toString() {
      return "year";
    }
  }

  /**
   * The periods the user listed.
   *
   * @param spans in order, none overlapping the next
   */
  record Listed(List<YearSpan> spans) implements Periods {
    public Listed {
      spans = List.copyOf(spans);
      if (spans.isEmpty()) {
        throw new IllegalArgumentException("no periods listed");
      }
      for (int i = 1; i < spans.size(); i++) {
        if (spans.get(i).first() <= spans.get(i - 1).last()) {
          throw new IllegalArgumentException(
              "period "
                  + spans.get(i).label()
                  + " does not start after "
                  + spans.get(i - 1).label()
                  + "; list periods in order, without overlap");
        }
      }
    }

    @Override
    public List<YearSpan> within(YearSpan input) {
      return spans;
    }

    @Override
    public String toString() {
      return String.join(",", spans.stream().map(YearSpan::label).toList());
    }
  }

  /**
   * The snapshots' periods for an input whose years run over {@code input}.
   *
   * @throws IllegalArgumentException when {@link EachYear} would make more than {@value
   *     #MOST_YEARS} snapshots
   */
  List<YearSpan> within(YearSpan input);

  /** The default: one snapshot per year. */
  Periods EACH_YEAR = new EachYear();

  /** One period, {@code 2005} or {@code 2000-2006}. */
  Pattern SPAN = Pattern.compile("\\s*(\\d{4})\\s*(?:-\\s*(\\d{4})\\s*)?");

  /**
   * Reads {@code year} or a list such as {@code 2000-2006,2007-2013,2014}.
   *
   * @throws IllegalArgumentException saying what is wrong and how to write it
   */
  static Periods parse(String text) {
    if (text.trim().equalsIgnoreCase("year")) {
      return EACH_YEAR;
    }
    List<YearSpan> spans = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      Matcher m = SPAN.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "'"
                + part.trim()
                + "' is not a period; write 'year' or periods like 2000-2006,2007-2013 (four-digit"
                + " years, first-last)");
      }
      int first = Integer.parseInt(m.group(1));
      int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
      if (last < first) {
        throw new IllegalArgumentException(
            "period '"
                + part.trim()
                + "' ends before it starts; write it as "
                + last
                + "-"
                + first);
      }
      spans.add(new YearSpan(first, last));
    }
    return new Listed(spans);
  }
}

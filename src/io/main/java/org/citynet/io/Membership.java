package org.citynet.io;

import java.util.Objects;
import org.citynet.model.ActiveYears;

/**
 * One row of a memberships input: a city's presence in a group (an organisation, a forum edition, a
 * programme), the data of the interlocking network model.
 *
 * @param city id of the city
 * @param group name of the group
 * @param value service value v_aj of city a in group j, ≥ 0 (1 when the input gives none)
 * @param years when the city is a member ({@code start} and {@code end}), as given
 * @param line line number in the input file (1 = header), for messages
 */
public record Membership(String city, String group, double value, ActiveYears years, long line) {
  public Membership {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(years, "years");
  }

  /** A membership without years: a member throughout. */
  public Membership(String city, String group, double value, long line) {
    this(city, group, value, ActiveYears.ALWAYS, line);
  }
}

package org.citynet.io;

import java.util.Objects;

/**
 * One row of a memberships input: a city's presence in a group (an organisation, a forum edition, a
 * programme), the data of the interlocking network model.
 *
 * @param city id of the city
 * @param group name of the group
 * @param value service value v_aj of city a in group j, ≥ 0 (1 when the input gives none)
 * @param line line number in the input file (1 = header), for messages
 */
public record Membership(String city, String group, double value, long line) {
  public Membership {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(group, "group");
  }
}

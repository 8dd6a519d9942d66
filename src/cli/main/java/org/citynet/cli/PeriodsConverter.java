package org.citynet.cli;

import org.citynet.model.Periods;
import picocli.CommandLine;

/** Reads {@code --periods}: {@code year} or a list of periods, with the reason when it cannot. */
final class PeriodsConverter implements CommandLine.ITypeConverter<Periods> {
  @Override
  public Periods convert(String value) {
    try {
      return Periods.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}

package org.citynet.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a wrong command line in two lines on the error writer: what is wrong, then where the help
 * is ({@code Run 'citynet --help' for every option.}), instead of picocli's full usage text.
 *
 * <p>One handler for every option of every command it is set on: a value outside an enum's choices
 * lists the choices as {@code --help} spells them (the option's completion candidates, which
 * picocli takes from the enum constants' {@code toString}), so a new enum option is covered without
 * code here. The exit code is {@link ExitCodes#USAGE}.
 */
final class UsageErrorPrinter implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    String command = cli.getCommandSpec().qualifiedName();
    PrintWriter err = cli.getErr();
    err.println(command + ": " + messageOf(e, args));
    err.println("Run '" + command + " --help' for every option.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** What is wrong, without the command name: {@code --quality: 'foo' is not a choice; ...}. */
  static String messageOf(ParameterException e, String[] args) {
    if (e instanceof UnmatchedArgumentException unmatched) {
      return unmatched(unmatched);
    }
    if (e instanceof MissingParameterException missing) {
      return missing(missing, args);
    }
    ArgSpec arg = e.getArgSpec();
    if (arg != null && e.getValue() != null && e.getCause() instanceof TypeConversionException) {
      return nameOf(arg) + ": " + badValue(arg, e.getValue(), e.getCause().getMessage());
    }
    return e.getMessage();
  }

  private static String unmatched(UnmatchedArgumentException e) {
    List<String> words = e.getUnmatched();
    String first = words.isEmpty() ? "" : words.get(0);
    if (!e.isUnknownOption()) {
      return "unexpected argument '" + first + "'";
    }
    List<String> suggestions = e.getSuggestions();
    return "unknown option '"
        + first
        + "'"
        + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?");
  }

  /**
   * A required option left out, or an option given without its value: picocli reports both with
   * this exception; the option's presence in {@code args} tells them apart.
   */
  private static String missing(MissingParameterException e, String[] args) {
    List<ArgSpec> specs = e.getMissing();
    if (specs.size() == 1 && isGiven(specs.get(0), args)) {
      ArgSpec arg = specs.get(0);
      return nameOf(arg) + ": needs a value (" + nameOf(arg) + " " + arg.paramLabel() + ")";
    }
    if (specs.isEmpty()) {
      return e.getMessage();
    }
    return "missing "
        + specs.stream()
            .map(a -> nameOf(a) + " " + a.paramLabel())
            .collect(Collectors.joining(", "));
  }

  private static boolean isGiven(ArgSpec arg, String[] args) {
    if (!(arg instanceof OptionSpec option)) {
      return false;
    }
    return Arrays.stream(args)
        .anyMatch(
            word ->
                Arrays.stream(option.names())
                    .anyMatch(name -> word.equals(name) || word.startsWith(name + "=")));
  }

  private static String badValue(ArgSpec arg, String value, String converterMessage) {
    Iterable<String> choices = arg.completionCandidates();
    if (choices != null) {
      return "'"
          + value
          + "' is not a choice; choose one of "
          + StreamSupport.stream(choices.spliterator(), false).collect(Collectors.joining(", "));
    }
    Class<?> type = arg.type();
    if (List.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class)
        .contains(type)) {
      return "'" + value + "' is not a whole number";
    }
    if (List.of(double.class, Double.class, float.class, Float.class).contains(type)) {
      return "'" + value + "' is not a number";
    }
    // a converter of citynet's own, whose message names the value and what to write instead
    return converterMessage;
  }

  private static String nameOf(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }
}

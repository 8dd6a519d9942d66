package org.citynet.io;

import java.util.List;

/** Input data that cannot be analysed; carries every problem found, for the user to fix at once. */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<InputProblem> problems;

  public InputException(List<InputProblem> problems) {
    super(problems.isEmpty() ? "invalid input" : problems.get(0).describe());
    this.problems = List.copyOf(problems);
  }

  public InputException(InputProblem problem) {
    this(List.of(problem));
  }

  /** Every problem found, in file order. */
  public List<InputProblem> problems() {
    return problems;
  }
}

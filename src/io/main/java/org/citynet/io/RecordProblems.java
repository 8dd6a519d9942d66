package org.citynet.io;

/**
 * Where the problems of one input record are recorded: a CSV row or a feature of a GIS layer. Lets
 * the checks every city input shares ({@link CityFields}) report against either.
 */
interface RecordProblems {
  /** Records a problem in {@code column} of the record. */
  void problem(String column, String message, String hint);
}

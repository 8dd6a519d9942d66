package org.citynet.testing;

/** What the class path of the running tests holds, for tests that differ by build. */
public final class ClassPaths {
  private ClassPaths() {}

  /** Whether Spark is on the class path (the spark module's tests, built with {@code -Pspark}). */
  public static boolean hasSpark() {
    try {
      Class.forName("org.apache.spark.SparkContext", false, ClassPaths.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}

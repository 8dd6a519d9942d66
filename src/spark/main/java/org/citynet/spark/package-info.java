/**
 * The Spark engine ({@code --engine spark}): the heavy measures of {@link
 * org.citynet.analysis.MeasureEngine} on Apache Spark, embedded on {@code local[*]} or on the
 * cluster {@code spark-submit} names. Built only with Maven profile {@code spark}; found by the
 * core through {@link java.util.ServiceLoader}.
 */
package org.citynet.spark;

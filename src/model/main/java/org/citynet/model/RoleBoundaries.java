package org.citynet.model;

/**
 * The boundaries of the seven city roles of R. Guimerà and L. A. N. Amaral, "Functional cartography
 * of complex metabolic networks", Nature 433 (2005) 895–900, in the within-cluster degree z-score z
 * and the participation coefficient P. One place for them, because the analysis assigns roles with
 * them and the outputs draw and explain them.
 */
public final class RoleBoundaries {
  /** Smallest within-cluster z-score of a hub. */
  public static final double HUB_Z = 2.5;

  /** Largest P of an ultra-peripheral non-hub (R1); above, peripheral (R2). */
  public static final double ULTRA_PERIPHERAL_P = 0.05;

  /** Largest P of a peripheral non-hub (R2); above, a non-hub connector (R3). */
  public static final double PERIPHERAL_P = 0.62;

  /** Largest P of a non-hub connector (R3); above, a non-hub kinless city (R4). */
  public static final double NON_HUB_CONNECTOR_P = 0.80;

  /** Largest P of a provincial hub (R5); above, a connector hub (R6). */
  public static final double PROVINCIAL_HUB_P = 0.30;

  /** Largest P of a connector hub (R6); above, a kinless hub (R7). */
  public static final double CONNECTOR_HUB_P = 0.75;

  private RoleBoundaries() {}
}

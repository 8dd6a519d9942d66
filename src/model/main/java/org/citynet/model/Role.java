package org.citynet.model;

/**
 * The seven node roles of R. Guimerà and L. A. N. Amaral, "Functional cartography of complex
 * metabolic networks", Nature 433 (2005) 895, from a city's within-cluster degree z-score and
 * participation coefficient P.
 *
 * <p>Hubs have z ≥ 2.5. The P boundaries are the paper's: a value on a boundary belongs to the
 * lower role (e.g. P = 0.30 is provincial).
 */
public enum Role {
  /** Non-hub with (almost) all links inside its cluster: P ≤ 0.05. */
  R1_ULTRA_PERIPHERAL("R1", "ultra-peripheral"),
  /** Non-hub with most links inside its cluster: 0.05 &lt; P ≤ 0.62. */
  R2_PERIPHERAL("R2", "peripheral"),
  /** Non-hub with many links to other clusters: 0.62 &lt; P ≤ 0.80. */
  R3_NON_HUB_CONNECTOR("R3", "non-hub connector"),
  /** Non-hub with links spread evenly over clusters: P &gt; 0.80. */
  R4_NON_HUB_KINLESS("R4", "non-hub kinless"),
  /** Hub with most links inside its cluster: P ≤ 0.30. */
  R5_PROVINCIAL_HUB("R5", "provincial hub"),
  /** Hub with many links to other clusters: 0.30 &lt; P ≤ 0.75. */
  R6_CONNECTOR_HUB("R6", "connector hub"),
  /** Hub with links spread evenly over clusters: P &gt; 0.75. */
  R7_KINLESS_HUB("R7", "kinless hub");

  private final String code;
  private final String label;

  Role(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The paper's short name, "R1" … "R7". */
  public String code() {
    return code;
  }

  /** The paper's name in lower case, e.g. "connector hub". */
  public String label() {
    return label;
  }
}

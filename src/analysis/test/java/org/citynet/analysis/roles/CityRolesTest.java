package org.citynet.analysis.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.citynet.graph.CompactGraph;
import org.citynet.model.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CityRolesTest {
  /**
   * Cluster 0: star with centre 0 and leaves 1..8; cluster 1: triangle 9-10-11; centre 0 also
   * linked to 9 and 10; vertex 12 alone in cluster 2.
   */
  private static List<CityRole> starAndTriangle() {
    List<int[]> edges = new ArrayList<>();
    for (int leaf = 1; leaf <= 8; leaf++) {
      edges.add(new int[] {0, leaf});
    }
    edges.addAll(List.of(new int[] {9, 10}, new int[] {10, 11}, new int[] {9, 11}));
    edges.addAll(List.of(new int[] {0, 9}, new int[] {0, 10}));
    int[] clusters = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2};
    return CityRoles.of(CompactGraph.fromEdges(13, edges, null), clusters);
  }

  @Nested
  class HandChecked {
    @Test
    void starCentreWithTwoOutsideLinksIsAConnectorHub() {
      CityRole centre = starAndTriangle().get(0);

      // κ in cluster 0: 8 for the centre, 1 for each leaf. N = 9, S = 16, Q = 72:
      // z = (9 * 8 - 16) / sqrt(9 * 72 - 16²) = 56 / sqrt(392) = 2√2.
      assertThat(centre.withinClusterZ()).isCloseTo(2 * Math.sqrt(2), within(1e-12));
      // 8 of 10 partners inside, 2 in cluster 1: P = 1 - (0.8² + 0.2²) = 0.32.
      assertThat(centre.participation()).isCloseTo(0.32, within(1e-15));
      assertThat(centre.degree()).isEqualTo(10);
      assertThat(centre.withinClusterDegree()).isEqualTo(8);
      assertThat(centre.role()).isEqualTo(Role.R6_CONNECTOR_HUB);
    }

    @Test
    void leavesAreUltraPeripheral() {
      CityRole leaf = starAndTriangle().get(1);

      assertThat(leaf.withinClusterZ()).isCloseTo((9 - 16) / Math.sqrt(392), within(1e-12));
      assertThat(leaf.participation()).isZero();
      assertThat(leaf.role()).isEqualTo(Role.R1_ULTRA_PERIPHERAL);
    }

    @Test
    void equalWithinClusterDegreesGiveZeroZ() {
      List<CityRole> roles = starAndTriangle();

      // Every triangle city has 2 partners in the triangle: no spread, z = 0.
      for (int v = 9; v <= 11; v++) {
        assertThat(roles.get(v).withinClusterZ()).as("city %d", v).isZero();
      }
      // 9 and 10: 2 of 3 partners inside, 1 in cluster 0: P = 1 - (4 + 1) / 9 = 4/9.
      assertThat(roles.get(9).participation()).isCloseTo(4.0 / 9, within(1e-15));
      assertThat(roles.get(9).role()).isEqualTo(Role.R2_PERIPHERAL);
      assertThat(roles.get(11).participation()).isZero();
      assertThat(roles.get(11).role()).isEqualTo(Role.R1_ULTRA_PERIPHERAL);
    }

    @Test
    void isolatedCityIsUltraPeripheralWithZeroScores() {
      CityRole alone = starAndTriangle().get(12);

      assertThat(alone).isEqualTo(new CityRole(0, 0, 0, 0, Role.R1_ULTRA_PERIPHERAL));
    }

    @Test
    void starCentreSpreadOverManyClustersIsAKinlessHub() {
      // Centre 0 with leaves 1..8 in cluster 0, and 16 more partners 9..24, each alone.
      List<int[]> edges = new ArrayList<>();
      for (int v = 1; v <= 24; v++) {
        edges.add(new int[] {0, v});
      }
      int[] clusters = new int[25];
      for (int v = 9; v <= 24; v++) {
        clusters[v] = v;
      }
      CityRole centre = CityRoles.of(CompactGraph.fromEdges(25, edges, null), clusters).get(0);

      // P = 1 - (8² + 16 * 1) / 24² = 1 - 80/576.
      assertThat(centre.participation()).isCloseTo(1 - 80.0 / 576, within(1e-15));
      assertThat(centre.withinClusterZ()).isCloseTo(2 * Math.sqrt(2), within(1e-12));
      assertThat(centre.role()).isEqualTo(Role.R7_KINLESS_HUB);
    }

    @Test
    void cityWithOnePartnerInEachOfFiveClustersSitsOnTheConnectorBoundary() {
      List<int[]> edges = new ArrayList<>();
      for (int v = 1; v <= 5; v++) {
        edges.add(new int[] {0, v});
      }
      CityRole hub =
          CityRoles.of(CompactGraph.fromEdges(6, edges, null), new int[] {0, 1, 2, 3, 4, 5}).get(0);

      // P = 1 - 5/25 = 0.80 exactly: the upper end of R3, not R4.
      assertThat(hub.participation()).isEqualTo(0.8);
      assertThat(hub.role()).isEqualTo(Role.R3_NON_HUB_CONNECTOR);
    }
  }

  @Test
  void usesThePapersThresholdsWithBoundariesInTheLowerRole() {
    assertThat(CityRoles.role(2.5, 0.30)).isEqualTo(Role.R5_PROVINCIAL_HUB);
    assertThat(CityRoles.role(2.5, 0.31)).isEqualTo(Role.R6_CONNECTOR_HUB);
    assertThat(CityRoles.role(7, 0.75)).isEqualTo(Role.R6_CONNECTOR_HUB);
    assertThat(CityRoles.role(7, 0.76)).isEqualTo(Role.R7_KINLESS_HUB);
    assertThat(CityRoles.role(2.49, 0.05)).isEqualTo(Role.R1_ULTRA_PERIPHERAL);
    assertThat(CityRoles.role(-1, 0.06)).isEqualTo(Role.R2_PERIPHERAL);
    assertThat(CityRoles.role(0, 0.62)).isEqualTo(Role.R2_PERIPHERAL);
    assertThat(CityRoles.role(0, 0.63)).isEqualTo(Role.R3_NON_HUB_CONNECTOR);
    assertThat(CityRoles.role(0, 0.81)).isEqualTo(Role.R4_NON_HUB_KINLESS);
  }

  @Test
  void namesRolesAsThePaperDoes() {
    assertThat(Role.R6_CONNECTOR_HUB.code()).isEqualTo("R6");
    assertThat(Role.R6_CONNECTOR_HUB.label()).isEqualTo("connector hub");
  }

  @Test
  void ignoresLinkWeights() {
    List<int[]> edges = List.of(new int[] {0, 1}, new int[] {0, 2});
    CompactGraph light = CompactGraph.fromEdges(3, edges, null);
    CompactGraph heavy = CompactGraph.fromEdges(3, edges, new double[] {9, 1});

    assertThat(CityRoles.of(heavy, new int[] {0, 0, 1}))
        .isEqualTo(CityRoles.of(light, new int[] {0, 0, 1}));
  }

  @Test
  void rejectsAPartitionOfTheWrongSize() {
    CompactGraph g = CompactGraph.fromEdges(3, List.of(new int[] {0, 1}), null);

    assertThatThrownBy(() -> CityRoles.of(g, new int[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 entries for 3 vertices");
  }
}

package org.citynet.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.citynet.export.schema.ClusterProfiles;
import org.citynet.model.NetworkAnalysis;
import org.junit.jupiter.api.Test;

class ClusterProfilesTest {
  private static final Map<Integer, ClusterProfiles.Profile> BRIDGES =
      profiles(SyntheticNetworks.manyBridges());
  private static final Map<Integer, ClusterProfiles.Profile> SIX =
      profiles(SyntheticNetworks.sixCities());

  @Test
  void namesTheTenLeadingMembersByBetweennessAndCountsTheRest() {
    assertThat(ClusterProfiles.members(BRIDGES.get(0)))
        .isEqualTo(
            "Member 0 (FR), Member 1 (FR), Member 2 (FR), Member 3 (FR), Member 4 (FR), Member 5"
                + " (FR), Member 6 (FR), Member 7 (JP), Member 8 (JP), Member 9 (JP) and 2 more");
    // Northtown leads on betweenness; Easton and Southport tie at 0 and 2 partners: input order.
    assertThat(ClusterProfiles.members(SIX.get(0)))
        .isEqualTo("Northtown (DE), Easton (FR), Southport (KE)");
  }

  @Test
  void countsMembersPerRegionMostFirstWithUnknownRegionsNamed() {
    assertThat(ClusterProfiles.regions(BRIDGES.get(0))).isEqualTo("Europe 7, Asia 3, Unknown 2");
    assertThat(ClusterProfiles.regions(SIX.get(0))).isEqualTo("Europe 2, Africa 1");
  }

  @Test
  void ranksBridgeCitiesByPartnershipsIntoOtherClustersBeforeBetweenness() {
    // Member 9 has the lowest betweenness of the bridges but the most ties out; Members 2–6 have
    // one each and keep their betweenness order; three of them do not make the top five.
    assertThat(ClusterProfiles.bridges(BRIDGES.get(0)))
        .isEqualTo(
            String.join(
                "\n",
                "Member 9 (JP): 4 partnerships with clusters 1–3 and 11",
                "Member 0 (FR): 3 partnerships with clusters 1–3",
                "Member 1 (FR): 2 partnerships with clusters 1 and 2",
                "Member 2 (FR): 1 partnership with cluster 11",
                "Member 3 (FR): 1 partnership with cluster 11",
                "and 3 more"));
    assertThat(ClusterProfiles.bridges(BRIDGES.get(11)))
        .isEqualTo("Outer 11 (KE): 6 partnerships with cluster 0");
  }

  @Test
  void saysSoWhenNoMemberHasPartnersInAnotherCluster() {
    assertThat(ClusterProfiles.bridges(SIX.get(2)))
        .isEqualTo("none: no member partners with a city of another cluster");
    assertThat(ClusterProfiles.bridges(SIX.get(0)))
        .isEqualTo("Northtown (DE): 1 partnership with cluster 1");
  }

  @Test
  void leavesTheListsBlankForAClusterWithoutMembers() {
    assertThat(ClusterProfiles.members(null)).isNull();
    assertThat(ClusterProfiles.regions(null)).isNull();
    assertThat(ClusterProfiles.bridges(null)).isNull();
  }

  @Test
  void profilesOnlyClustersThatHaveMembers() {
    assertThat(BRIDGES).containsOnlyKeys(0, 1, 2, 3, 11);
    assertThat(BRIDGES.get(0).members()).hasSize(12);
    assertThat(BRIDGES.get(0).bridges()).hasSize(8);
  }

  private static Map<Integer, ClusterProfiles.Profile> profiles(NetworkAnalysis analysis) {
    return ClusterProfiles.of(analysis);
  }
}

package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PendantTreesTest {
  @Test
  void peelsAChainDownToTheCycleItHangsFrom() {
    // Triangle 0-1-2 with the chain 2-3-4.
    PendantTrees t = PendantTrees.of(SampleGraphs.of(5, 0, 1, 1, 2, 2, 0, 2, 3, 3, 4));

    assertThat(t.inCore).containsExactly(true, true, true, false, false);
    assertThat(t.parent).containsExactly(-1, -1, -1, 2, 3);
    assertThat(t.anchor).containsExactly(0, 1, 2, 2, 2);
    assertThat(t.depth).containsExactly(0, 0, 0, 1, 2);
    assertThat(t.size).containsExactly(1, 1, 3, 2, 1);
    assertThat(members(t, 2)).containsExactly(2, 3, 4);
    assertThat(members(t, 0)).containsExactly(0);
    assertThat(members(t, 3)).isEmpty();
  }

  @Test
  void anchorsATreeComponentAtItsLastPeeledVertex() {
    // Star 0-{1,2,3}: the leaves go first, the centre is left with no edge.
    PendantTrees t = PendantTrees.of(SampleGraphs.star(3));

    assertThat(t.inCore).containsOnly(false);
    assertThat(t.anchor).containsOnly(0);
    assertThat(t.size[0]).isEqualTo(4);
    assertThat(members(t, 0)).startsWith(0).containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void keepsIsolatedVerticesAndSingleEdgesAsTheirOwnTrees() {
    // Isolated 0, edge 1-2.
    PendantTrees t = PendantTrees.of(SampleGraphs.of(3, 1, 2));

    assertThat(t.inCore).containsOnly(false);
    assertThat(t.isAnchor(0)).isTrue();
    assertThat(t.size[0]).isEqualTo(1);
    assertThat(t.anchor[1]).isEqualTo(t.anchor[2]);
    assertThat(t.size[t.anchor[1]]).isEqualTo(2);
  }

  @Test
  void leavesEveryVertexOfACycleInTheCore() {
    PendantTrees t = PendantTrees.of(SampleGraphs.path(6, true));

    assertThat(t.inCore).containsOnly(true);
    assertThat(t.size).containsOnly(1);
  }

  @Test
  void trivialDecompositionMakesEveryVertexACoreAnchor() {
    PendantTrees t = PendantTrees.none(4);

    assertThat(t.inCore).containsOnly(true);
    assertThat(t.parent).containsOnly(-1);
    assertThat(t.anchor).containsExactly(0, 1, 2, 3);
  }

  private static int[] members(PendantTrees t, int anchor) {
    return Arrays.copyOfRange(t.members, t.memberStart[anchor], t.memberStart[anchor + 1]);
  }
}

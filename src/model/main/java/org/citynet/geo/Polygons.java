package org.citynet.geo;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Areas as valid multi-polygons: dissolving many areas into one, and normalising a geometry to the
 * one type a polygon layer holds.
 *
 * <p>When the areas form a polygonal coverage — no overlaps, and shared borders with the same
 * vertices on both sides, as Natural Earth's countries have; checked with JTS's {@link
 * CoverageValidator} in O(v log v) for v vertices — the union is JTS's {@link CoverageUnion}, which
 * drops the shared edges in O(v), much faster than the general union. Otherwise it is {@link
 * UnaryUnionOp}, which unions polygons by cascading (M. Davis, "Fast polygon union", JTS 1.9):
 * neighbours merged pairwise up an STR-tree. Either way shared borders vanish and touching areas
 * become one polygon.
 */
public final class Polygons {
  private Polygons() {}

  /**
   * The union of {@code areas}.
   *
   * @param areas polygons or multi-polygons (other parts are ignored), SRID 4326
   * @return a valid multi-polygon, empty when there are no areas
   */
  public static MultiPolygon dissolve(Collection<? extends Geometry> areas) {
    if (areas.isEmpty()) {
      return multiPolygon(Geodesics.factory().createEmpty(2));
    }
    Geometry[] coverage = areas.toArray(Geometry[]::new);
    boolean isCoverage =
        Arrays.stream(coverage).allMatch(Geometry::isValid)
            && Arrays.stream(CoverageValidator.validate(coverage)).allMatch(Objects::isNull);
    return multiPolygon(
        isCoverage
            ? CoverageUnion.union(coverage)
            : UnaryUnionOp.union(areas, Geodesics.factory()));
  }

  /**
   * The polygons of {@code geometry} as one multi-polygon, repaired with JTS's {@link
   * GeometryFixer} if invalid (self-touching rings, overlaps).
   */
  public static MultiPolygon multiPolygon(Geometry geometry) {
    Geometry valid = geometry.isValid() ? geometry : GeometryFixer.fix(geometry);
    @SuppressWarnings("unchecked")
    List<Polygon> polygons = PolygonExtracter.getPolygons(valid);
    return Geodesics.factory().createMultiPolygon(polygons.toArray(Polygon[]::new));
  }
}

#!/usr/bin/python3
"""Opens a GeoPackage's links layer in QGIS itself (headless) with its default style from
layer_styles and reports its temporal properties, as the Temporal Controller would use them.

Usage: qgis_temporal.py FILE.gpkg YEAR [YEAR ...]

Prints one JSON object: {"styled", "message", "active", "mode", "start_field", "end_field",
"start_type", "end_type", "features", "shown": {YEAR: links shown when the map's time range is
that year}, "city_periods": rows of the city_periods table as QGIS reads it}.
Needs Debian's python3-qgis and qgis-providers; run with QT_QPA_PLATFORM=offscreen.
"""
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsDateTimeRange,
    QgsFeatureRequest,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime  # noqa: E402


def main():
    gpkg = sys.argv[1]
    years = [int(y) for y in sys.argv[2:]]
    app = QgsApplication([], False)
    app.initQgis()
    links = QgsVectorLayer(gpkg + "|layername=links", "links", "ogr")
    message, styled = links.loadDefaultStyle()
    props = links.temporalProperties()
    fields = links.fields()
    context = QgsVectorLayerTemporalContext()
    context.setLayer(links)
    shown = {}
    for year in years:
        begin = QDateTime(QDate(year, 1, 1), QTime(0, 0))
        end = QDateTime(QDate(year, 12, 31), QTime(23, 59, 59))
        subset = props.createFilterString(context, QgsDateTimeRange(begin, end))
        request = QgsFeatureRequest()
        if subset:
            request.setFilterExpression(subset)
        shown[str(year)] = sum(1 for _ in links.getFeatures(request))
    periods = QgsVectorLayer(gpkg + "|layername=city_periods", "city_periods", "ogr")
    print(
        json.dumps(
            {
                "styled": bool(styled),
                "message": message,
                "active": props.isActive(),
                "mode": int(props.mode()),
                "start_field": props.startField(),
                "end_field": props.endField(),
                "start_type": fields.field("start").typeName(),
                "end_type": fields.field("end").typeName(),
                "features": links.featureCount(),
                "shown": shown,
                "city_periods": periods.featureCount() if periods.isValid() else -1,
            }
        )
    )
    # Layers must go before QGIS shuts down, or Python frees them afterwards and crashes.
    del links, periods, props, fields, context
    app.exitQgis()


if __name__ == "__main__":
    main()

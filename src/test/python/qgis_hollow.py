#!/usr/bin/python3
"""Opens a GeoPackage's cities layer in QGIS itself (headless), once with the default QML style
stored in layer_styles and once with its SLD, and reports how each city is drawn.

Usage: qgis_hollow.py FILE.gpkg

Prints one JSON object per style:
  {"style": "qml" | "sld", "loaded", "message", "renderer", "legend": [labels],
   "cities": {name: {"labels": [legend labels of the symbols it gets], "fill": "#RRGGBB",
                     "ring": "#RRGGBB", "drawn": number of symbols}}}
ring: the stroke colour of the marker as drawn for that feature (data-defined properties
evaluated with the feature in the expression context). Needs Debian's python3-qgis and
qgis-providers; run with QT_QPA_PLATFORM=offscreen.
"""
import json
import os
import sqlite3
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsRenderContext,
    QgsSymbolLayer,
    QgsVectorLayer,
)


def describe(layer, style, message, loaded):
    renderer = layer.renderer()
    items = renderer.legendSymbolItems()
    label_of = {item.ruleKey(): item.label() for item in items}
    context = QgsRenderContext()
    expressions = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setExpressionContext(expressions)
    renderer.startRender(context, layer.fields())
    cities = {}
    for feature in layer.getFeatures():
        context.expressionContext().setFeature(feature)
        symbols = renderer.symbolsForFeature(feature, context)
        keys = renderer.legendKeysForFeature(feature, context)
        entry = {"labels": sorted(label_of.get(k, k) for k in keys), "drawn": len(symbols)}
        if symbols:
            marker = symbols[0].symbolLayer(0)
            ring = marker.strokeColor()
            prop = marker.dataDefinedProperties().property(QgsSymbolLayer.PropertyStrokeColor)
            if prop.isActive():
                ring, _ = prop.valueAsColor(context.expressionContext(), ring)
            entry["fill"] = marker.fillColor().name().upper()
            entry["ring"] = ring.name().upper()
        cities[feature["name"]] = entry
    renderer.stopRender(context)
    return {
        "style": style,
        "loaded": bool(loaded),
        "message": message,
        "renderer": renderer.type(),
        "legend": [item.label() for item in items],
        "cities": cities,
    }


def main(path):
    app = QgsApplication([], False)
    app.initQgis()
    uri = f"{path}|layername=cities"
    qml = QgsVectorLayer(uri, "cities", "ogr")
    message, loaded = qml.loadDefaultStyle()
    print(json.dumps(describe(qml, "qml", message, loaded), ensure_ascii=False))
    with sqlite3.connect(path) as db:
        (sld,) = db.execute(
            "SELECT styleSLD FROM layer_styles WHERE f_table_name = 'cities' AND useAsDefault"
        ).fetchone()
    with tempfile.NamedTemporaryFile("w", suffix=".sld", delete=False, encoding="utf-8") as f:
        f.write(sld)
    styled = QgsVectorLayer(uri, "cities", "ogr")
    try:
        message, loaded = styled.loadSldStyle(f.name)
    finally:
        os.unlink(f.name)
    print(json.dumps(describe(styled, "sld", message, loaded), ensure_ascii=False))
    # Layers must go before QGIS shuts down, or Python frees them afterwards and crashes.
    del qml, styled
    app.exitQgis()
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))

#!/usr/bin/python3
"""Opens a GeoPackage's layers in QGIS itself (headless) with the default styles stored in the
file's layer_styles table, and renders them to a PNG: what a GIS user sees on opening the file.

Usage: qgis_styles.py FILE.gpkg OUT.png LAYER [LAYER ...]   (the first layer is drawn on top)

Prints one JSON object per layer, one per layer's SLD, then one for the image:
  {"layer", "valid", "features", "styled", "message", "renderer", "attribute", "classes",
   "colours", "outline_colours", "opacity", "size_field", "width_field", "labels", "label_rules"}
  {"sld", "loaded", "message", "renderer", "rules", "colours", "opacity", "labels", "label_rules",
   "drawn"}
    the layer styled from the styleSLD of its default style instead (QgsVectorLayer.loadSldStyle
    from a temporary .sld file); rules, colours, opacity: the rules with a symbol, in order (an
    outline-only polygon symbol comes in as a line, its colour the outline's);
    drawn: for each feature, how many symbols the renderer draws it with
  {"image", "width", "height", "colours", "inked", "pixels"}
    colours: distinct colours; inked: share of pixels not white; pixels: for each colour of an
    opaque symbol of the first layer, how many pixels have exactly that colour
Needs Debian's python3-qgis and qgis-providers; run with QT_QPA_PLATFORM=offscreen.
"""
import json
import os
import sqlite3
import sys
import tempfile

import numpy

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsRectangle,
    QgsRenderContext,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor, QImage  # noqa: E402


def symbols_of(renderer):
    # Categories and ranges come back as copies that own their symbols: clone each symbol while
    # its owner is alive.
    kind = renderer.type()
    if kind == "categorizedSymbol":
        return [c.symbol().clone() for c in renderer.categories()]
    if kind == "graduatedSymbol":
        return [r.symbol().clone() for r in renderer.ranges()]
    if kind == "singleSymbol":
        return [renderer.symbol().clone()]
    return []


def field_of(symbols, key):
    for symbol in symbols:
        for layer in symbol.symbolLayers():
            prop = layer.dataDefinedProperties().property(key)
            if prop.isActive():
                return prop.field()
    return None


def describe(layer, name, load=True):
    message, styled = layer.loadDefaultStyle() if load else ("", True)
    renderer = layer.renderer()
    symbols = symbols_of(renderer)
    info = {
        "layer": name,
        "valid": layer.isValid(),
        "features": layer.featureCount(),
        "styled": bool(styled),
        "message": message,
        "renderer": renderer.type(),
        "attribute": getattr(renderer, "classAttribute", lambda: None)(),
        "classes": [c.label() for c in renderer.categories()]
        if renderer.type() == "categorizedSymbol"
        else [r.label() for r in renderer.ranges()]
        if renderer.type() == "graduatedSymbol"
        else [],
        "colours": [s.color().name().upper() for s in symbols],
        "outline_colours": [s.symbolLayer(0).strokeColor().name().upper() for s in symbols],
        "opacity": [round(s.opacity(), 3) for s in symbols],
        "size_field": field_of(symbols, QgsSymbolLayer.PropertySize),
        "width_field": field_of(symbols, QgsSymbolLayer.PropertyStrokeWidth),
        "labels": layer.labelsEnabled(),
        "label_rules": label_rules(layer),
    }
    return info


def label_rules(layer):
    labeling = layer.labeling()
    if labeling is None or labeling.type() != "rule-based":
        return []
    return [
        {
            "filter": rule.filterExpression(),
            "field": rule.settings().fieldName,
            "min_scale": rule.minimumScale(),
        }
        for rule in labeling.rootRule().children()
    ]


def describe_sld(path, name):
    with sqlite3.connect(path) as db:
        (sld,) = db.execute(
            "SELECT styleSLD FROM layer_styles WHERE f_table_name = ? AND useAsDefault", (name,)
        ).fetchone()
    with tempfile.NamedTemporaryFile("w", suffix=".sld", delete=False, encoding="utf-8") as f:
        f.write(sld)
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    try:
        message, loaded = layer.loadSldStyle(f.name)
    finally:
        os.unlink(f.name)
    renderer = layer.renderer()
    if renderer.type() == "RuleRenderer":
        rules = [r for r in renderer.rootRule().descendants() if r.symbol() is not None]
        symbols = [r.symbol() for r in rules]
    else:
        rules, symbols = [], symbols_of(renderer)
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    drawn = [len(renderer.symbolsForFeature(f, context)) for f in layer.getFeatures()]
    renderer.stopRender(context)
    return {
        "sld": name,
        "loaded": bool(loaded),
        "message": message,
        "renderer": renderer.type(),
        "rules": len(rules),
        "colours": [s.color().name().upper() for s in symbols],
        # SLD's stroke- and fill-opacity come in as the colours' alpha.
        "opacity": [round(s.opacity() * s.color().alphaF(), 3) for s in symbols],
        "labels": layer.labelsEnabled(),
        "label_rules": label_rules(layer),
        "drawn": drawn,
    }


def main(path, out, names):
    app = QgsApplication([], False)
    app.initQgis()
    layers = []
    for name in names:
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        print(json.dumps(describe(layer, name), ensure_ascii=False))
        layers.append(layer)
    for name in names:
        print(json.dumps(describe_sld(path, name), ensure_ascii=False))
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setOutputSize(QSize(1800, 900))
    settings.setBackgroundColor(QColor("white"))
    settings.setExtent(QgsRectangle(-180, -90, 180, 90))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage().convertToFormat(QImage.Format_RGB32)
    image.save(out)
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    rgb = numpy.frombuffer(bits, numpy.uint32).reshape(image.height(), -1)[:, : image.width()]
    rgb = rgb & 0xFFFFFF
    first = describe(layers[0], names[0], load=False)
    wanted = {c for c, a in zip(first["colours"], first["opacity"]) if a == 1}
    print(
        json.dumps(
            {
                "image": out,
                "width": image.width(),
                "height": image.height(),
                "colours": int(len(numpy.unique(rgb))),
                "inked": round(float(numpy.mean(rgb != 0xFFFFFF)), 4),
                "pixels": {c: int(numpy.sum(rgb == int(c[1:], 16))) for c in sorted(wanted)},
            }
        )
    )
    # Layers must go before QGIS shuts down, or Python frees them afterwards and crashes.
    del job, settings, layers, layer
    app.exitQgis()
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))

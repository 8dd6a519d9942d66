"""Renders a citynet GeoPackage the way QGIS shows it on opening: each layer with the default
style stored in its layer_styles table, no styling by hand. Makes the README's QGIS picture.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 docs/qgis_screenshot.py maps/NAME.gpkg docs/qgis.png
"""
import sys

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

gpkg, out = sys.argv[1], sys.argv[2]
app = QgsApplication([], False)
app.initQgis()
layers = []
# Drawn bottom to top: basemap, partnerships, cluster outlines, cities on top.
for name in ["cities", "clusters", "links", "countries"]:
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    if not layer.isValid():
        sys.exit(f"{gpkg}: layer {name} does not open")
    message, ok = layer.loadDefaultStyle()
    if not ok:
        sys.exit(f"{gpkg}: layer {name} has no default style: {message}")
    layers.append(layer)
settings = QgsMapSettings()
settings.setLayers(layers)
settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
settings.setOutputSize(QSize(1600, 800))
settings.setBackgroundColor(QColor("white"))
settings.setExtent(QgsRectangle(-180, -60, 180, 85))
job = QgsMapRendererParallelJob(settings)
job.start()
job.waitForFinished()
job.renderedImage().save(out)
app.exitQgis()

// citynet's interactive map: Leaflet on a plane of Equal Earth kilometres (as NAME.png), drawn on
// canvases. Data goes into the page only as text (textContent), never as markup.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('citynet-data').textContent);
  var cities = data.cities;
  var links = data.links;
  var n = cities.rows.length;
  var cityColumn = indexByName(cities.columns);
  var linkColumn = indexByName(links.columns);

  // Colours of the map image (MapPainter).
  var SEA = '#EEF3F7', GRATICULE = '#DCE5EC', LAND = '#DCDCDC', OUTLINE = '#A9B6C1';
  var HIGHLIGHT = '#E4572E';
  var PAGE_MAP_WIDTH = 680; // points the world spans on NAME.png

  function indexByName(columns) {
    var index = {};
    columns.forEach(function (c, i) { index[c.name] = i; });
    return index;
  }

  function value(i, name) { return cities.rows[i][cityColumn[name]]; }
  function cityName(i) { return value(i, 'name'); }
  function cityLabel(i) {
    var country = value(i, 'country');
    return country ? cityName(i) + ' (' + country + ')' : cityName(i);
  }

  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (className) { e.className = className; }
    return e;
  }

  function clusterColour(c) {
    return c >= 0 && c < data.clusters.length && data.clusters[c].colour !== data.otherColour
      ? data.clusters[c].colour : data.otherColour;
  }

  // Numbers as the workbook's cells show them: its Excel patterns ("#,##0", "0.000%", "0.00E+00").
  function format(v, pattern) {
    if (v === null || v === undefined) { return ''; }
    if (typeof v !== 'number') { return String(v); }
    if (!pattern) { return String(v); }
    var percent = pattern.charAt(pattern.length - 1) === '%';
    var body = percent ? pattern.slice(0, -1) : pattern;
    var x = percent ? v * 100 : v;
    var scientific = body.indexOf('E') >= 0;
    var mantissa = scientific ? body.slice(0, body.indexOf('E')) : body;
    var dot = mantissa.indexOf('.');
    var decimals = dot < 0 ? 0 : mantissa.length - dot - 1;
    if (scientific) {
      var s = x.toExponential(decimals).toUpperCase();
      return s.replace(/E([+-])(\d)$/, 'E$10$2');
    }
    return x.toLocaleString('en-GB', {
      minimumFractionDigits: decimals, maximumFractionDigits: decimals,
      useGrouping: mantissa.indexOf(',') >= 0
    }) + (percent ? '%' : '');
  }

  function cityText(i, name) {
    var c = cities.columns[cityColumn[name]];
    return format(cities.rows[i][cityColumn[name]], c.format);
  }

  // --- adjacency: each city's links, from every link (drawn or not) ---
  var cityLinks = [];
  for (var i = 0; i < n; i++) { cityLinks.push([]); }
  for (var l = 0; l < links.rows.length; l++) {
    cityLinks[links.ends[2 * l]].push(l);
    cityLinks[links.ends[2 * l + 1]].push(l);
  }
  function otherEnd(link, city) {
    var a = links.ends[2 * link];
    return a === city ? links.ends[2 * link + 1] : a;
  }

  // --- the map ---
  var world = data.world;
  var k = 256 / (2 * world.maxX);
  var crs = L.extend({}, L.CRS.Simple, { transformation: new L.Transformation(k, 0, -k, 0) });
  var map = L.map('map', {
    crs: crs, preferCanvas: true, attributionControl: false,
    zoomSnap: 0.1, zoomDelta: 0.5, wheelPxPerZoomLevel: 120, minZoom: -1, maxZoom: 9
  });
  function latLng(x, y) { return L.latLng(y, x); }
  function flat(coords) {
    var out = [];
    for (var j = 0; j + 1 < coords.length; j += 2) { out.push(latLng(coords[j], coords[j + 1])); }
    return out;
  }
  [['basemap', 250], ['links', 400], ['highlight', 420], ['cities', 450]].forEach(function (p) {
    map.createPane(p[0]).style.zIndex = p[1];
  });
  var renderers = {
    basemap: L.canvas({ pane: 'basemap', padding: 0.5 }),
    highlight: L.canvas({ pane: 'highlight', padding: 0.5 })
  };
  var bounds = L.latLngBounds(latLng(-world.maxX, -world.maxY), latLng(world.maxX, world.maxY));
  map.fitBounds(bounds, { padding: [10, 10] });
  map.setMaxBounds(bounds.pad(0.5));
  var homeZoom = map.getZoom();
  var pointScale = Math.max(1, Math.min(2.5, map.getSize().x / PAGE_MAP_WIDTH));

  var basemap = { pane: 'basemap', renderer: renderers.basemap, interactive: false };
  L.polygon(flat(world.edge), L.extend({ fillColor: SEA, fillOpacity: 1, stroke: false }, basemap)).addTo(map);
  L.polyline(world.graticule.map(flat), L.extend({ color: GRATICULE, weight: 0.8, opacity: 1 }, basemap)).addTo(map);
  L.geoJSON(data.countries, L.extend({
    coordsToLatLng: function (c) { return latLng(c[0], c[1]); },
    style: function () { return { fillColor: LAND, fillOpacity: 1, color: '#ffffff', weight: 0.6, opacity: 1 }; }
  }, basemap)).addTo(map);
  L.polygon(flat(world.edge), L.extend({ fill: false, color: OUTLINE, weight: 1, opacity: 1 }, basemap)).addTo(map);

  // Links as on the map image: grey between clusters at the bottom, then clusters from the
  // largest id up, heavier links on top within each; one translucent stroke each, so overlaps
  // read as density.
  var linkOrder = [];
  for (l = 0; l < links.rows.length; l++) {
    if (links.paths[l] !== null) { linkOrder.push(l); }
  }
  function clusterRank(l) { var c = links.cluster[l]; return clusterColour(c) === data.otherColour ? -1 : c; }
  linkOrder.sort(function (a, b) {
    var ca = clusterRank(a), cb = clusterRank(b);
    if ((ca < 0) !== (cb < 0)) { return ca < 0 ? -1 : 1; }
    if (ca !== cb) { return cb - ca; }
    return links.width[a] - links.width[b];
  });
  // Each drawn link's pieces as flat x, y runs in one array, with its bounding box for culling.
  var linkStart = new Int32Array(links.rows.length + 1);
  var pieceEnds = [];
  var coords = [];
  var linkBox = new Float32Array(4 * links.rows.length);
  for (l = 0; l < links.rows.length; l++) {
    linkStart[l] = pieceEnds.length;
    var box = [Infinity, Infinity, -Infinity, -Infinity];
    (links.paths[l] || []).forEach(function (piece) {
      for (var j = 0; j + 1 < piece.length; j += 2) {
        coords.push(piece[j], piece[j + 1]);
        box[0] = Math.min(box[0], piece[j]); box[1] = Math.min(box[1], piece[j + 1]);
        box[2] = Math.max(box[2], piece[j]); box[3] = Math.max(box[3], piece[j + 1]);
      }
      pieceEnds.push(coords.length);
    });
    linkBox.set(box, 4 * l);
  }
  linkStart[links.rows.length] = pieceEnds.length;
  coords = Float32Array.from(coords);
  pieceEnds = Int32Array.from(pieceEnds);

  // Cities: circles sized by the map's measure, large ones first so small ones stay visible.
  var cityOrder = [];
  for (i = 0; i < n; i++) { cityOrder.push(i); }
  cityOrder.sort(function (a, b) { return cities.r[b] - cities.r[a]; });
  var cityFill = [];
  for (i = 0; i < n; i++) { cityFill.push(clusterColour(value(i, 'cluster'))); }
  function grow() { return Math.pow(2, Math.max(0, map.getZoom() - homeZoom) / 3); }
  function radius(i) { return cities.r[i] * pointScale * grow(); }

  // The whole network on one canvas each for links and cities: a Leaflet canvas renderer (which
  // places, pans and zoom-animates the canvas) whose drawing walks flat arrays instead of one
  // Leaflet layer per link.
  var shownCity = new Uint8Array(n).fill(1);
  var shownLink = new Uint8Array(links.rows.length).fill(1);
  var cityX = new Float32Array(n), cityY = new Float32Array(n); // layer points of the last draw
  var NetworkCanvas = L.Canvas.extend({
    _draw: function () {
      var ctx = this._ctx, m = this._map, s = k * Math.pow(2, this._zoom);
      var o = m.getPixelOrigin(), b = this._bounds;
      // the drawn area in km, to skip links wholly outside it
      var x0 = (b.min.x + o.x) / s, x1 = (b.max.x + o.x) / s;
      var y0 = -(b.max.y + o.y) / s, y1 = -(b.min.y + o.y) / s;
      this._drawing = true;
      ctx.save();
      this.options.paint(ctx, s, o.x, o.y, x0, y0, x1, y1);
      ctx.restore();
      this._drawing = false;
    }
  });
  var linkCanvas = new NetworkCanvas({
    pane: 'links', padding: 0.3,
    paint: function (ctx, s, ox, oy, x0, y0, x1, y1) {
      ctx.globalAlpha = links.alpha;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      for (var q = 0; q < linkOrder.length; q++) {
        var l = linkOrder[q];
        if (!shownLink[l] || linkBox[4 * l + 2] < x0 || linkBox[4 * l] > x1 ||
          linkBox[4 * l + 3] < y0 || linkBox[4 * l + 1] > y1) { continue; }
        ctx.beginPath();
        for (var p = linkStart[l]; p < linkStart[l + 1]; p++) {
          var from = p === 0 ? 0 : pieceEnds[p - 1];
          ctx.moveTo(coords[from] * s - ox, -coords[from + 1] * s - oy);
          for (var j = from + 2; j < pieceEnds[p]; j += 2) {
            ctx.lineTo(coords[j] * s - ox, -coords[j + 1] * s - oy);
          }
        }
        ctx.strokeStyle = clusterColour(links.cluster[l]);
        ctx.lineWidth = links.width[l] * pointScale;
        ctx.stroke();
      }
    }
  }).addTo(map);
  var cityCanvas = new NetworkCanvas({
    pane: 'cities', padding: 0.3,
    paint: function (ctx, s, ox, oy) {
      var g = grow();
      ctx.strokeStyle = '#ffffff';
      for (var q = 0; q < cityOrder.length; q++) {
        var c = cityOrder[q];
        cityX[c] = cities.x[c] * s - ox;
        cityY[c] = -cities.y[c] * s - oy;
        if (!shownCity[c]) { continue; }
        var r = cities.r[c] * pointScale * g;
        ctx.beginPath();
        ctx.arc(cityX[c], cityY[c], r, 0, 2 * Math.PI);
        if (cities.between[c]) {
          // hollow, as on the map image: a ring in the cluster's colour
          ctx.fillStyle = '#ffffff';
          ctx.fill();
          ctx.strokeStyle = cityFill[c];
          ctx.lineWidth = Math.max(1.2, 0.3 * r);
          ctx.stroke();
          ctx.strokeStyle = '#ffffff';
          continue;
        }
        ctx.fillStyle = cityFill[c];
        ctx.fill();
        ctx.lineWidth = Math.min(1, 0.25 * r);
        ctx.stroke();
      }
    }
  }).addTo(map);

  // Hover and click: the topmost shown city under the pointer (the last drawn wins).
  function cityAt(layerPoint) {
    for (var q = cityOrder.length - 1; q >= 0; q--) {
      var c = cityOrder[q];
      if (!shownCity[c]) { continue; }
      var dx = cityX[c] - layerPoint.x, dy = cityY[c] - layerPoint.y, r = radius(c) + 2;
      if (dx * dx + dy * dy <= r * r) { return c; }
    }
    return -1;
  }
  var hover = document.getElementById('hover');
  var pending = null;
  map.on('mousemove', function (e) {
    if (pending !== null) { pending = e; return; }
    pending = e;
    requestAnimationFrame(function () {
      var c = cityAt(pending.layerPoint);
      if (c >= 0) { showHover(c, pending.originalEvent); } else { hover.hidden = true; }
      map.getContainer().style.cursor = c >= 0 ? 'pointer' : '';
      pending = null;
    });
  });
  map.on('mouseout', function () { hover.hidden = true; });
  map.on('click', function (e) {
    var c = cityAt(e.layerPoint);
    if (c >= 0) { select(c, false); }
  });
  function showHover(i, event) {
    hover.textContent = cityLabel(i);
    hover.hidden = false;
    if (event) {
      hover.style.left = (event.clientX + 12) + 'px';
      hover.style.top = (event.clientY + 12) + 'px';
    }
  }

  // --- filters ---
  var shownClusters = {};
  var region = '';
  var activeLinks = null; // links of the period shown, or null for all
  var activeCities = null; // cities of the period shown, or null for all
  var shownPeriod = null; // the period shown and where each city is in its arrays, or null for all
  function clusterKey(c) { return clusterColour(c) === data.otherColour ? 'other' : String(c); }
  function cityShown(i) {
    return (activeCities === null || activeCities[i] === 1) &&
      shownClusters[clusterKey(value(i, 'cluster'))] !== false &&
      (region === '' || value(i, 'region') === region);
  }
  function linkShown(l) {
    return (activeLinks === null || activeLinks[l] === 1) &&
      cityShown(links.ends[2 * l]) && cityShown(links.ends[2 * l + 1]);
  }
  function redraw() {
    for (var c = 0; c < n; c++) { shownCity[c] = cityShown(c) ? 1 : 0; }
    for (var l = 0; l < links.rows.length; l++) { shownLink[l] = linkShown(l) ? 1 : 0; }
    linkCanvas._redraw();
    cityCanvas._redraw();
    fillTable();
  }
  var regionSelect = document.getElementById('region-filter');
  regionSelect.appendChild(el('option', 'All regions')).value = '';
  var regions = {};
  for (i = 0; i < n; i++) { regions[value(i, 'region') || ''] = true; }
  Object.keys(regions).sort().forEach(function (r) {
    if (r !== '') { regionSelect.appendChild(el('option', r)).value = r; }
  });
  regionSelect.addEventListener('change', function () { region = regionSelect.value; redraw(); });
  var clusterBox = document.getElementById('cluster-filter');
  var clusterEntries = [];
  data.clusters.forEach(function (c) {
    if (clusterColour(c.id) !== data.otherColour) {
      clusterEntries.push({ key: String(c.id), colour: c.colour, text: 'Cluster ' + c.id + ' · ' + c.size + ' cities' + (c.region ? ' · ' + c.region : '') });
    }
  });
  var others = data.clusters.filter(function (c) { return clusterColour(c.id) === data.otherColour; });
  if (others.length > 0) {
    clusterEntries.push({ key: 'other', colour: data.otherColour, text: 'Other clusters (' + others.length + ')' });
  }
  clusterEntries.forEach(function (entry) {
    var label = el('label');
    var box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.dataset.cluster = entry.key;
    box.addEventListener('change', function () { shownClusters[entry.key] = box.checked; redraw(); });
    var swatch = el('span', null, 'swatch');
    swatch.style.background = entry.colour;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(document.createTextNode(entry.text));
    clusterBox.appendChild(label);
  });
  var legend = document.getElementById('legend');
  legend.appendChild(el('div', 'Colour: cluster · circle area: ' + data.sizeBy));
  clusterEntries.slice(0, 10).forEach(function (entry) {
    var row = el('div');
    var swatch = el('span', null, 'swatch');
    swatch.style.background = entry.colour;
    row.appendChild(swatch);
    row.appendChild(document.createTextNode(entry.text));
    legend.appendChild(row);
  });
  if (cities.between.some(function (b) { return b === 1; })) {
    var hollowRow = el('div', null, 'between-key');
    var ring = el('span', null, 'swatch');
    ring.style.background = '#ffffff';
    ring.style.boxShadow = 'inset 0 0 0 2px ' + data.otherColour;
    hollowRow.appendChild(ring);
    hollowRow.appendChild(document.createTextNode(cities.betweenKey));
    legend.appendChild(hollowRow);
  }

  // --- the city panel ---
  var panel = document.getElementById('panel');
  var selected = -1;
  var highlight = L.layerGroup().addTo(map);
  var NOT_IN_PANEL = { name: true, lat: true, lon: true };
  // the measures each period's snapshot has, named as the cities' columns
  var PERIOD_MEASURES = ['degree', 'strength', 'betweenness', 'cluster'];
  function select(i, zoomTo) {
    selected = i;
    panel.hidden = false;
    document.getElementById('panel-name').textContent = cityName(i);
    var place = [value(i, 'country'), value(i, 'subregion'), value(i, 'region')].filter(Boolean).join(' · ');
    document.getElementById('panel-place').textContent = place;
    var role = document.getElementById('panel-role');
    role.textContent = '';
    var swatch = el('span', null, 'swatch');
    // in a period: the city's place in that period's arrays, undefined when it is not active then
    var k = shownPeriod ? shownPeriod.at[i] : undefined;
    if (shownPeriod) {
      swatch.style.background = k === undefined ? data.otherColour : shownPeriod.period.clusterColour[k];
      role.appendChild(swatch);
      role.appendChild(document.createTextNode(k === undefined
        ? 'Not active in ' + shownPeriod.period.label
        : 'In ' + shownPeriod.period.label + ': cluster ' + shownPeriod.period.cluster[k]));
    } else {
      swatch.style.background = clusterColour(value(i, 'cluster'));
      role.appendChild(swatch);
      role.appendChild(document.createTextNode('Cluster ' + value(i, 'cluster') +
        (value(i, 'role_name') ? ' · ' + value(i, 'role_name') + ' (' + value(i, 'role') + ')' : '')));
    }
    var shownLinks = cityLinks[i].filter(function (l) { return !activeLinks || activeLinks[l]; });
    var partners = shownLinks.slice().sort(function (a, b) {
      var w = links.rows[b][linkColumn.weight] - links.rows[a][linkColumn.weight];
      return w !== 0 ? w : cityName(otherEnd(a, i)).localeCompare(cityName(otherEnd(b, i)));
    });
    document.getElementById('panel-partner-count').textContent = '(' + partners.length + ')';
    var list = document.getElementById('panel-partners');
    list.textContent = '';
    partners.forEach(function (l) {
      var j = otherEnd(l, i);
      var item = el('li');
      var button = el('button', cityLabel(j));
      button.type = 'button';
      button.dataset.city = String(j);
      var w = links.rows[l][linkColumn.weight];
      button.appendChild(el('span', format(w, Number.isInteger(w) ? '#,##0' : '#,##0.00'), 'weight'));
      button.addEventListener('click', function () { select(j, true); });
      item.appendChild(button);
      list.appendChild(item);
    });
    var body = document.querySelector('#panel-measures tbody');
    body.textContent = '';
    function measureRow(name, v, pattern) {
      var row = el('tr');
      row.appendChild(el('td', name));
      var cell = el('td', format(v, pattern), typeof v === 'number' ? 'value' : null);
      cell.dataset.column = name;
      cell.dataset.value = String(v);
      row.appendChild(cell);
      body.appendChild(row);
    }
    if (shownPeriod) {
      // the period's snapshot measures; All years shows the whole network's
      measureRow('period', shownPeriod.period.label, null);
      if (k !== undefined) {
        PERIOD_MEASURES.forEach(function (name) {
          var col = cityColumn[name];
          measureRow(name, shownPeriod.period[name][k], col === undefined ? null : cities.columns[col].format);
        });
      }
    } else {
      cities.columns.forEach(function (c, col) {
        if (NOT_IN_PANEL[c.name]) { return; }
        var v = cities.rows[i][col];
        if (v === null || v === '') { return; }
        measureRow(c.name, v, c.format);
      });
    }
    highlight.clearLayers();
    shownLinks.forEach(function (l) {
      var a = links.ends[2 * l], b = links.ends[2 * l + 1];
      var path = links.paths[l] ? links.paths[l].map(flat)
        : [latLng(cities.x[a], cities.y[a]), latLng(cities.x[b], cities.y[b])];
      highlight.addLayer(L.polyline(path, {
        pane: 'highlight', renderer: renderers.highlight, interactive: false,
        color: HIGHLIGHT, weight: 2, opacity: 0.85
      }));
    });
    highlight.addLayer(L.circleMarker(latLng(cities.x[i], cities.y[i]), {
      pane: 'highlight', renderer: renderers.highlight, interactive: false,
      radius: radius(i) + 4, fill: false, color: HIGHLIGHT, weight: 2.5
    }));
    if (zoomTo) {
      map.setView(latLng(cities.x[i], cities.y[i]), Math.max(map.getZoom(), homeZoom + 1.5));
    }
  }
  document.getElementById('panel-close').addEventListener('click', function () {
    panel.hidden = true;
    selected = -1;
    highlight.clearLayers();
  });

  // --- search ---
  function fold(s) {
    return String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  var folded = [];
  for (i = 0; i < n; i++) { folded.push(fold(cityName(i))); }
  var search = document.getElementById('search');
  var results = document.getElementById('search-results');
  var MAX_RESULTS = 12;
  function matches(query) {
    var q = fold(query).trim();
    if (q === '') { return []; }
    var starts = [], contains = [];
    for (var j = 0; j < n; j++) {
      var at = folded[j].indexOf(q);
      if (at === 0) { starts.push(j); } else if (at > 0 || fold(value(j, 'country')) === q) { contains.push(j); }
    }
    var bySize = function (a, b) { return cities.r[b] - cities.r[a]; };
    return starts.sort(bySize).concat(contains.sort(bySize)).slice(0, MAX_RESULTS);
  }
  search.addEventListener('input', function () {
    results.textContent = '';
    matches(search.value).forEach(function (j) {
      var item = el('li');
      var button = el('button', cityLabel(j));
      button.type = 'button';
      button.dataset.city = String(j);
      button.addEventListener('click', function () { select(j, true); });
      item.appendChild(button);
      results.appendChild(item);
    });
  });
  search.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') {
      var found = matches(search.value);
      if (found.length > 0) { select(found[0], true); }
    }
  });

  // --- key figures, findings, top cities ---
  var figures = document.querySelector('#figures tbody');
  data.figures.forEach(function (f) {
    var row = el('tr');
    row.appendChild(el('td', f.label));
    row.appendChild(el('td', f.text, 'value'));
    figures.appendChild(row);
  });
  var findings = document.getElementById('findings');
  data.findings.forEach(function (f) { findings.appendChild(el('li', f)); });

  var TABLE = ['name', 'country', 'cluster', 'degree', 'betweenness', 'pagerank', 'role_name']
    .filter(function (c) { return c in cityColumn; });
  var TOP = 100;
  var sortBy = 'betweenness' in cityColumn ? 'betweenness' : 'degree';
  var ascending = false;
  var head = document.querySelector('#top-cities thead tr');
  TABLE.forEach(function (name) {
    var th = el('th', name === 'role_name' ? 'role' : name);
    th.dataset.column = name;
    th.addEventListener('click', function () {
      ascending = sortBy === name ? !ascending : typeof cities.rows[0][cityColumn[name]] === 'string';
      sortBy = name;
      fillTable();
    });
    head.appendChild(th);
  });
  function fillTable() {
    var col = cityColumn[sortBy];
    var shown = [];
    for (var j = 0; j < n; j++) { if (cityShown(j)) { shown.push(j); } }
    shown.sort(function (a, b) {
      var x = cities.rows[a][col], y = cities.rows[b][col];
      var c = typeof x === 'string' || typeof y === 'string'
        ? String(x || '').localeCompare(String(y || '')) : (x === null ? -Infinity : x) - (y === null ? -Infinity : y);
      return (ascending ? c : -c) || a - b;
    });
    head.querySelectorAll('th').forEach(function (th) {
      th.className = th.dataset.column === sortBy ? 'sorted' + (ascending ? ' ascending' : '') : '';
    });
    var body = document.querySelector('#top-cities tbody');
    body.textContent = '';
    shown.slice(0, TOP).forEach(function (j) {
      var row = el('tr');
      row.dataset.city = String(j);
      TABLE.forEach(function (name) {
        var v = cities.rows[j][cityColumn[name]];
        row.appendChild(el('td', cityText(j, name), typeof v === 'number' ? 'number' : null));
      });
      row.addEventListener('click', function () { select(j, true); });
      body.appendChild(row);
    });
  }

  // --- time: a slider over the network's periods, when it has them ---
  function setUpPeriods(periods) {
    if (!periods || periods.length === 0) { return; }
    var box = document.getElementById('time');
    var slider = document.getElementById('time-slider');
    var label = document.getElementById('time-label');
    box.hidden = false;
    slider.max = String(periods.length - 1);
    function show(p) {
      var period = periods[p];
      activeLinks = new Uint8Array(links.rows.length);
      period.linkIndexes.forEach(function (l) { activeLinks[l] = 1; });
      activeCities = new Uint8Array(n);
      var at = {};
      period.cityIndexes.forEach(function (c, k) { activeCities[c] = 1; at[c] = k; });
      shownPeriod = { period: period, at: at };
      label.textContent = period.label + ': ' + period.cities.toLocaleString('en-GB') + ' cities, ' +
        period.links.toLocaleString('en-GB') + ' partnerships, ' + period.clusters + ' clusters';
      redraw();
      reselect();
    }
    function reselect() {
      if (selected >= 0 && !panel.hidden) { select(selected, false); }
    }
    slider.addEventListener('input', function () { show(Number(slider.value)); });
    var timer = null;
    var play = document.getElementById('time-play');
    play.addEventListener('click', function () {
      if (timer !== null) { clearInterval(timer); timer = null; play.textContent = 'Play'; return; }
      play.textContent = 'Pause';
      timer = setInterval(function () {
        var next = (Number(slider.value) + 1) % periods.length;
        slider.value = String(next);
        show(next);
      }, 1200);
    });
    document.getElementById('time-all').addEventListener('click', function () {
      activeLinks = null;
      activeCities = null;
      shownPeriod = null;
      label.textContent = 'All years';
      redraw();
      reselect();
    });
    label.textContent = 'All years';
  }

  // --- titles and credits ---
  document.title = data.title;
  document.getElementById('title').textContent = data.title;
  document.getElementById('subtitle').textContent = data.subtitle +
    (links.drawn < links.rows.length ? ' (the ' + links.drawn.toLocaleString('en-GB') + ' strongest drawn)' : '');
  document.getElementById('credits').textContent = data.attribution.join(' · ');
  document.getElementById('about').textContent = 'Written by ' + data.tool + ' on ' + data.started +
    '. Works offline: everything this page shows is inside this file. Map library: Leaflet.';

  redraw();
  setUpPeriods(data.periods);
  window.citynet = {
    map: map, select: select, cityCount: n, ready: true,
    // the first city of that name, and where city i is drawn from the map's top left corner
    cityIndex: function (name) { for (var j = 0; j < n; j++) { if (cityName(j) === name) { return j; } } return -1; },
    pointOf: function (i) { var p = map.latLngToContainerPoint(latLng(cities.x[i], cities.y[i])); return [p.x, p.y]; }
  };
}());

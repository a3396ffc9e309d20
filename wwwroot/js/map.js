// The map under the geographic layout: country outlines from Natural Earth (world-atlas 110m,
// served from wwwroot/lib, no tiles, no network beyond this site) projected by d3-geo's Natural
// Earth projection, drawn on a canvas under Cytoscape's and kept in step with its pan and zoom.
// Exports ask it for the same outlines as SVG paths.

import { bandGap, geographicPlaces } from './geo-layout.js';

/** Longitude/latitude boxes of the zoom-to-region control: [west, south, east, north]. */
export const mapRegions = Object.freeze([
  { value: 'world', label: 'World', box: [-170, -58, 180, 80] },
  { value: 'europe', label: 'Europe', box: [-25, 34, 45, 71] },
  { value: 'americas', label: 'The Americas', box: [-168, -56, -34, 72] },
  { value: 'africa', label: 'Africa', box: [-18, -35, 52, 37] },
  { value: 'asia-pacific', label: 'Asia-Pacific', box: [60, -47, 180, 55] },
]);

const worldWidth = 2400;

export function createMap({ canvas, atlasUrl = 'lib/world-atlas/countries-110m.json' }) {
  const d3 = globalThis.d3;
  const projection = d3?.geoNaturalEarth1 ? d3.geoNaturalEarth1().scale(worldWidth / 5.5).translate([0, 0]) : null;
  let countries = null; // GeoJSON features, once loaded
  let loading = null;
  let shown = false;
  let band = null;
  let cy = null;
  let colours = { land: '#e6e9ed', border: '#b7bec7', text: '#5b636e', band: 'rgba(0,0,0,0.04)' };

  function load() {
    if (!loading) {
      loading = fetch(atlasUrl).then((r) => {
        if (!r.ok) throw new Error(`The map outlines did not load (${r.status}).`);
        return r.json();
      }).then((topology) => {
        countries = globalThis.topojson.feature(topology, topology.objects.countries).features;
      });
    }
    return loading;
  }

  let blank = false; // cleared and hidden: a pan or zoom need not touch the canvas

  function draw() {
    const hidden = !shown || !countries || !cy || cy.destroyed();
    if (hidden && blank) return;
    blank = hidden;
    const ctx = canvas.getContext('2d');
    const ratio = globalThis.devicePixelRatio || 1;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (hidden) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    ctx.setTransform(zoom * ratio, 0, 0, zoom * ratio, pan.x * ratio, pan.y * ratio);
    const path = d3.geoPath(projection, ctx);
    ctx.beginPath();
    for (const feature of countries) path(feature);
    ctx.fillStyle = colours.land;
    ctx.fill();
    ctx.lineWidth = 0.8 / zoom;
    ctx.strokeStyle = colours.border;
    ctx.stroke();
    if (band) {
      ctx.fillStyle = colours.band;
      ctx.fillRect(band.x1, band.y1, band.x2 - band.x1, band.y2 - band.y1);
      ctx.fillStyle = colours.text;
      ctx.font = `${14 / zoom}px system-ui, sans-serif`;
      ctx.fillText('International bodies (no single country)', band.x1 + 8 / zoom, band.y1 + 16 / zoom);
    }
  }

  return {
    /** [lon, lat] → model position; the plain fallback when d3-geo is missing. */
    project: projection ? (lonLat) => projection(lonLat) : undefined,

    /** Shows or hides the map under this Cytoscape instance; loads the outlines the first time. */
    async show(instance, visible, theme) {
      cy = instance;
      shown = visible;
      if (theme) colours = { ...colours, ...theme };
      canvas.hidden = !visible;
      if (visible && projection) await load();
      draw();
    },

    /** Redraws after a pan, zoom or resize. */
    draw,

    /** Takes the theme's colours (light or dark) and redraws. */
    recolour(theme) {
      colours = { ...colours, ...theme };
      draw();
    },

    /** Where the band of international bodies lies, from the nodes placed (for the drawing and exports). */
    setBand(nodes, countryList) {
      band = shown ? geographicPlaces(nodes, countryList, this.project).band : null;
      draw();
    },

    /** Fits the view to a region of the control (mapRegions), or to every node for 'world'. */
    zoomTo(region) {
      const entry = mapRegions.find((r) => r.value === region);
      if (!entry || !cy || !projection) return;
      const [west, south, east, north] = entry.box;
      const corners = [[west, south], [east, north], [west, north], [east, south], [(west + east) / 2, south], [(west + east) / 2, north]].map((p) => projection(p));
      const xs = corners.map((p) => p[0]);
      const ys = corners.map((p) => p[1]);
      const box = { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
      if (region === 'world' && band) box.y2 = Math.max(box.y2, band.y2);
      cy.animate({ fit: { boundingBox: box, padding: 20 }, duration: 400 });
    },

    /** The outlines (and band) as SVG markup in model coordinates, for a figure; '' when hidden. */
    svgMarkup() {
      if (!shown || !countries) return '';
      const path = d3.geoPath(projection);
      const outlines = countries.map((f) => path(f)).filter(Boolean).join('');
      const bandMarkup = band
        ? `<rect x="${band.x1}" y="${band.y1}" width="${band.x2 - band.x1}" height="${band.y2 - band.y1}" fill="${colours.band}"/>`
          + `<text x="${band.x1 + 8}" y="${band.y1 + 16}" font-size="14" font-family="sans-serif" fill="${colours.text}">International bodies (no single country)</text>`
        : '';
      return `<path d="${outlines}" fill="${colours.land}" stroke="${colours.border}" stroke-width="0.8"/>${bandMarkup}`;
    },

    gap: bandGap,
  };
}

/**
 * The map of places, projected at build time: land outlines from world-atlas (Natural Earth, public
 * domain) and one point per place with coordinates, as SVG path data and pixel positions for
 * `xslt/site/map.xsl`. No tiles, no network: the SVG is part of the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type * as GeoJSON from 'geojson';
import type { DocumentSummary } from '../render/index.js';

export interface MapGeometry {
  width: number;
  height: number;
  land: string;
  graticule: string;
  points: { id: string; x: number; y: number }[];
}

export interface MapOptions {
  width?: number;
  height?: number;
  /** world-atlas resolution: `110m` (small file) or `50m`. */
  resolution?: '110m' | '50m';
}

/** Places with coordinates (`[lat, long]` in the summaries), each once. */
export function placesWithCoordinates(summaries: DocumentSummary[]): { id: string; lat: number; long: number }[] {
  const seen = new Map<string, { id: string; lat: number; long: number }>();
  for (const summary of summaries) {
    for (const entity of summary.entities) {
      const geo = validCoordinates(entity['geo']);
      if (entity.kind === 'place' && geo && !seen.has(entity.id)) seen.set(entity.id, { id: entity.id, lat: geo[0], long: geo[1] });
    }
  }
  return [...seen.values()].sort((a, b) => a.id.localeCompare(b.id));
}

let landCache: { resolution: string; land: GeoJSON.FeatureCollection | GeoJSON.Feature } | undefined;

function loadLand(resolution: string): GeoJSON.FeatureCollection | GeoJSON.Feature {
  if (landCache?.resolution === resolution) return landCache.land;
  const file = createRequire(import.meta.url).resolve(`world-atlas/land-${resolution}.json`);
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  const land = feature(topology, topology.objects['land'] as GeometryCollection);
  landCache = { resolution, land };
  return land;
}

/**
 * Fits the projection to the places (with a margin, at least a region's span) so that a corpus about
 * Cuba shows the Caribbean, and a world-wide one the world.
 */
export function projectMap(summaries: DocumentSummary[], options: MapOptions = {}): MapGeometry {
  return projectPlaces(placesWithCoordinates(summaries), options);
}

/** Usable coordinates (`[lat, long]`), or undefined. */
export function validCoordinates(geo: unknown): [number, number] | undefined {
  if (!Array.isArray(geo) || geo.length !== 2) return undefined;
  const [lat, long] = geo.map(Number) as [number, number];
  return Number.isFinite(lat) && Number.isFinite(long) && Math.abs(lat) <= 90 && Math.abs(long) <= 180 ? [lat, long] : undefined;
}

/** The map of these places (sorted by id, each once). */
export function projectPlaces(places: { id: string; lat: number; long: number }[], options: MapOptions = {}): MapGeometry {
  const width = options.width ?? 960;
  const height = options.height ?? 500;
  const projection = geoNaturalEarth1();
  if (places.length > 0) {
    const lats = places.map((p) => p.lat);
    const longs = places.map((p) => p.long);
    const pad = (min: number, max: number, span: number, limit: number): [number, number] => {
      const grow = Math.max(span - (max - min), 0) / 2 + 5;
      return [Math.max(min - grow, -limit), Math.min(max + grow, limit)];
    };
    const [south, north] = pad(Math.min(...lats), Math.max(...lats), 30, 85);
    const [west, east] = pad(Math.min(...longs), Math.max(...longs), 50, 180);
    const frame: GeoJSON.Feature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] },
    };
    projection.fitExtent([[10, 10], [width - 10, height - 10]], frame);
  } else {
    projection.fitSize([width, height], { type: 'Sphere' });
  }
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const points = places.flatMap(({ id, lat, long }) => {
    const xy = projection([long, lat]);
    return xy ? [{ id, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 }] : [];
  });
  return {
    width,
    height,
    land: path(loadLand(options.resolution ?? '50m')) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    points,
  };
}

/**
 * The member-country map, computed once at build time: Natural Earth shapes (world-atlas, 1:50m,
 * the scale that still has Singapore) are simplified, projected and rounded into SVG paths, so
 * the page ships a few KB of static SVG and no script.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { memberCountries, type CountryCode } from '../site/members.ts';

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 480;
/** Below this area (in square pixels) a country is too small to click, so it also gets a dot. */
const MIN_AREA = 40;
/** Planar triangle area, in square degrees, under which outline points are dropped. */
const SIMPLIFY_WEIGHT = 0.3;
/** Islands smaller than this (square pixels) are dropped; a country never loses all its land. */
const MIN_ISLAND = 3;

export interface MapShape {
  d: string;
}
export interface MemberShape extends MapShape {
  code: CountryCode;
  name: string;
  /** A dot for countries too small to see or click. */
  dot?: { cx: number; cy: number };
}
export interface CountryMapData {
  width: number;
  height: number;
  members: MemberShape[];
  others: MapShape[];
}

let cached: CountryMapData | undefined;

export function countryMap(): CountryMapData {
  if (cached) return cached;
  const topology = simplify(presimplify(world as unknown as Topology<Objects<{ name: string }>>), SIMPLIFY_WEIGHT);
  const countries = feature(topology, topology.objects['countries'] as GeometryCollection<{ name: string }>) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const codeByName = new Map(Object.entries(memberCountries).map(([code, name]) => [name as string, code as CountryCode]));
  const memberFeatures = countries.features.filter((f) => codeByName.has(f.properties.name));

  const projection = geoMercator().fitExtent(
    [
      [12, 12],
      [MAP_WIDTH - 12, MAP_HEIGHT - 12],
    ],
    { type: 'FeatureCollection', features: memberFeatures } as GeoPermissibleObjects,
  );
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, MAP_HEIGHT],
  ]);
  const path = geoPath(projection).digits(0);

  // Keep the shapes a reader can see: drop specks of islands, but never a whole country.
  const visible = (f: Feature<Geometry, { name: string }>): Feature<Geometry, { name: string }> => {
    if (f.geometry.type !== 'MultiPolygon') return f;
    const polygons = f.geometry.coordinates.filter((rings) => path.area({ type: 'Polygon', coordinates: rings }) >= MIN_ISLAND);
    return polygons.length ? { ...f, geometry: { type: 'MultiPolygon', coordinates: polygons } } : f;
  };

  const members = memberFeatures.map((f): MemberShape => {
    const code = codeByName.get(f.properties.name)!;
    const shape: MemberShape = { code, name: memberCountries[code], d: path(visible(f)) ?? '' };
    if (path.area(f) < MIN_AREA) {
      const [cx, cy] = path.centroid(f).map((n) => Math.round(n * 10) / 10) as [number, number];
      shape.dot = { cx, cy };
    }
    return shape;
  });

  // Dots last, so a small country is drawn above its larger neighbour.
  members.sort((a, b) => Number(Boolean(a.dot)) - Number(Boolean(b.dot)));

  // Neighbours give the members context; anything wholly outside the frame is left out.
  const others = countries.features
    .filter((f: Feature<Geometry, { name: string }>) => !codeByName.has(f.properties.name))
    .map((f) => path(visible(f)) ?? '')
    .filter((d) => d !== '')
    .map((d) => ({ d }));

  cached = { width: MAP_WIDTH, height: MAP_HEIGHT, members, others };
  return cached;
}

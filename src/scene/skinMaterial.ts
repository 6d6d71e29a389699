/**
 * The skin's material: a physical material with a little sheen and a soft wrap of light past
 * the terminator (light scattered under the skin), so the generated surface reads as skin and
 * its small bumps do not. Pressure zones are drawn per fragment from chart-space textures (see
 * `src/anatomy/zoneChart.ts`): the skin's interpolated (s, θ) picks the texel, θ travels as
 * (cos θ, sin θ) so the ±180° seam never smears, and the interpolated tissue depth picks the
 * depth band. Two looks: a tint that keeps the skin's shading, and outlines (keep-off hatched).
 */
import {
  Color,
  DataArrayTexture,
  LinearFilter,
  MeshPhysicalMaterial,
  RepeatWrapping,
  ClampToEdgeWrapping,
  ShaderChunk,
  Vector3,
  type IUniform,
  type MeshStandardMaterial,
} from 'three';
import { ZONE_LEVELS } from '../protocol/zones';
import type { ZoneChart } from '../protocol/zoneChart';
import { SKIN_TONE, ZONE_COLOURS, ZONE_TINT } from './zonePalette';

/** How the zones are drawn: not at all, as a tint over the skin, or as outlines. */
export type ZoneLook = 'off' | 'tint' | 'outline';
const LOOK_CODE: Record<ZoneLook, number> = { off: 0, tint: 1, outline: 2 };

/** Depth-band borders the shader can follow (the default protocol uses one). */
export const MAX_DEPTH_THRESHOLDS = 4;

/** Share in the outline look: a faint wash under the lines. */
const OUTLINE_WASH = 0.16;

/** How far (as a share of the angle to the light) the skin's diffuse light wraps past 90°. */
const WRAP = 0.35;

interface ZoneUniforms {
  zoneMap: IUniform<DataArrayTexture | null>;
  zoneLook: IUniform<number>;
  zoneThresholds: IUniform<number[]>;
  zoneThresholdCount: IUniform<number>;
  zoneColours: IUniform<Vector3[]>;
  zoneTint: IUniform<number>;
  zoneWash: IUniform<number>;
}

const HEADER_VERTEX = /* glsl */ `
attribute vec2 _chart;
attribute float _tissue_depth;
varying vec3 vZoneChart;
varying float vZoneDepth;
varying vec3 vZonePos;
`;

const HEADER_FRAGMENT = /* glsl */ `
precision highp sampler2DArray;
uniform sampler2DArray zoneMap;
uniform int zoneLook;
uniform float zoneThresholds[${MAX_DEPTH_THRESHOLDS}];
uniform int zoneThresholdCount;
uniform vec3 zoneColours[4];
uniform float zoneTint;
uniform float zoneWash;
varying vec3 vZoneChart;
varying float vZoneDepth;
varying vec3 vZonePos;

// Zone weights (keep-off, light, moderate, firm) at this fragment: the band of its tissue depth,
// blended over a pixel's width at each band border so depth borders are anti-aliased too.
vec4 zoneWeights() {
  float theta = atan(vZoneChart.z, vZoneChart.y);
  vec2 uv = vec2(theta / (2.0 * PI) + 0.5, clamp(vZoneChart.x, 0.0, 1.0));
  vec4 w = texture(zoneMap, vec3(uv, 0.0));
  float aa = max(fwidth(vZoneDepth), 0.05);
  for (int k = 0; k < ${MAX_DEPTH_THRESHOLDS}; k++) {
    if (k >= zoneThresholdCount) break;
    float f = smoothstep(zoneThresholds[k] - aa, zoneThresholds[k] + aa, vZoneDepth);
    if (f > 0.0) w = mix(w, texture(zoneMap, vec3(uv, float(k + 1))), f);
  }
  return w / max(w.x + w.y + w.z + w.w, 1e-3);
}

// 0 inside a zone, 1 on its border, anti-aliased to about 1.5 px wide.
float zoneBorder(vec4 w) {
  float m = max(max(w.x, w.y), max(w.z, w.w));
  float d = (m - 0.5) / max(fwidth(m), 1e-4);
  return 1.0 - smoothstep(0.75, 1.75, d);
}

// Diagonal hatching 16 mm apart in the leg's own space (it stays put as the camera moves),
// coarse enough to survive a projector's and a phone's pixels.
float zoneHatch() {
  float u = (vZonePos.x + vZonePos.y + vZonePos.z) * 62.5;
  float f = abs(fract(u) - 0.5);
  float aa = max(fwidth(u), 1e-4);
  return 1.0 - smoothstep(0.22 - aa, 0.22 + aa, f);
}
`;

const ZONE_FRAGMENT = /* glsl */ `
if (zoneLook > 0) {
  vec4 w = zoneWeights();
  vec3 zc = w.x * zoneColours[0] + w.y * zoneColours[1] + w.z * zoneColours[2] + w.w * zoneColours[3];
  float border = zoneBorder(w);
  float hatch = zoneHatch() * w.x;
  if (zoneLook == 1) {
    diffuseColor.rgb = mix(diffuseColor.rgb, zc, zoneTint);
    // Pale stripes over the dark keep-off tint: a pattern that no colour vision loses.
    diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.97, 0.93, 0.95), hatch * 0.75);
    diffuseColor.rgb = mix(diffuseColor.rgb, diffuseColor.rgb * 0.45, border * 0.8);
  } else {
    diffuseColor.rgb = mix(diffuseColor.rgb, zc, zoneWash);
    diffuseColor.rgb = mix(diffuseColor.rgb, zoneColours[0] * 0.55, hatch * 0.75);
    diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.16, 0.12, 0.14), border * 0.85);
  }
}
`;

/** The physical lighting chunk with the diffuse light wrapped past the terminator, reddened. */
function wrappedLightsChunk(): string {
  const from = 'reflectedLight.directDiffuse += irradiance * diffuseBRDF * ( 1.0 - F );';
  const chunk = ShaderChunk.lights_physical_pars_fragment;
  if (!chunk.includes(from)) return chunk;
  return chunk.replace(
    from,
    /* glsl */ `{
      float nl = dot( geometryNormal, directLight.direction );
      float wrapped = saturate( ( nl + ${WRAP.toFixed(3)} ) / ${(1 + WRAP).toFixed(3)} );
      // The light that wraps past the plain term has crossed tissue: warmer, as under skin.
      vec3 wrapIrradiance = directLight.color * ( saturate( nl ) + ( wrapped - saturate( nl ) ) * vec3( 1.0, 0.62, 0.5 ) );
      reflectedLight.directDiffuse += wrapIrradiance * diffuseBRDF * ( 1.0 - F );
    }`,
  );
}

export type SkinMaterial = MeshPhysicalMaterial & {
  /** `pending`: a new chart has been asked for (protocol or marks changed) and not arrived. */
  userData: { zones: ZoneUniforms; look: ZoneLook; pending: boolean };
};

export function createSkinMaterial(): SkinMaterial {
  const material = new MeshPhysicalMaterial({
    color: SKIN_TONE,
    roughness: 0.58,
    metalness: 0,
    sheen: 0.35,
    sheenRoughness: 0.55,
    sheenColor: new Color('#ffc9b0'),
    envMapIntensity: 1,
  }) as SkinMaterial;
  const uniforms: ZoneUniforms = {
    zoneMap: { value: null },
    zoneLook: { value: 0 },
    zoneThresholds: { value: new Array<number>(MAX_DEPTH_THRESHOLDS).fill(0) },
    zoneThresholdCount: { value: 0 },
    zoneColours: { value: ZONE_LEVELS.map((l) => colourVector(ZONE_COLOURS[l])) },
    zoneTint: { value: ZONE_TINT },
    zoneWash: { value: OUTLINE_WASH },
  };
  material.userData.zones = uniforms;
  material.userData.look = 'off';
  material.userData.pending = false;
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${HEADER_VERTEX}`)
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
        vZoneChart = vec3(_chart.x, cos(radians(_chart.y)), sin(radians(_chart.y)));
        vZoneDepth = _tissue_depth;
        vZonePos = position;`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${HEADER_FRAGMENT}`)
      .replace('#include <lights_physical_pars_fragment>', wrappedLightsChunk())
      .replace('#include <color_fragment>', `#include <color_fragment>\n${ZONE_FRAGMENT}`);
  };
  material.customProgramCacheKey = () => 'proximal-skin-1';
  return material;
}

function colourVector(hex: string): Vector3 {
  const c = new Color(hex);
  return new Vector3(c.r, c.g, c.b);
}

/** Uploads a baked zone chart (or clears it: the zones are then not drawn). */
export function setZoneChart(material: SkinMaterial, chart: ZoneChart | null): void {
  const u = material.userData.zones;
  u.zoneMap.value?.dispose();
  material.userData.pending = false;
  if (chart === null) {
    u.zoneMap.value = null;
    setZoneLook(material, material.userData.look);
    return;
  }
  const bands = chart.thresholdsMm.length + 1;
  const texture = new DataArrayTexture(chart.texels, chart.width, chart.height, bands);
  texture.wrapS = RepeatWrapping; // θ wraps round the leg
  texture.wrapT = ClampToEdgeWrapping;
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearFilter; // no mipmaps: atan's jump at the seam would pick a tiny level
  texture.generateMipmaps = false;
  texture.needsUpdate = true;
  u.zoneMap.value = texture;
  const thresholds = chart.thresholdsMm.slice(0, MAX_DEPTH_THRESHOLDS);
  u.zoneThresholds.value = [
    ...thresholds,
    ...new Array<number>(MAX_DEPTH_THRESHOLDS - thresholds.length).fill(0),
  ];
  u.zoneThresholdCount.value = thresholds.length;
  setZoneLook(material, material.userData.look);
}

/** Marks the chart as out of date until the one asked for arrives. */
export function markZoneChartPending(material: SkinMaterial): void {
  material.userData.pending = true;
}

/**
 * The up-to-date zone texture of a skin material, or null (not baked yet, a newer one on its
 * way, or not a skin material).
 */
export function zoneChartOf(material: unknown): DataArrayTexture | null {
  const data = (material as { userData?: Partial<SkinMaterial['userData']> } | null)?.userData;
  if (data?.pending === true) return null;
  return data?.zones?.zoneMap.value ?? null;
}

/** Chooses the look; without a chart the zones stay off until one arrives. */
export function setZoneLook(material: SkinMaterial, look: ZoneLook): void {
  const u = material.userData.zones;
  material.userData.look = look;
  u.zoneLook.value = u.zoneMap.value === null ? 0 : LOOK_CODE[look];
}

export function setSkinOpacity(material: MeshStandardMaterial, opacity: number): void {
  const translucent = opacity < 0.999;
  material.opacity = opacity;
  material.transparent = translucent;
  // A see-through skin must not hide what lies beneath it in the depth buffer.
  material.depthWrite = !translucent;
  material.needsUpdate = true;
}

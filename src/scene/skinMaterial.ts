/**
 * The skin's material. With zones on it takes each vertex's zone colour (a `color` attribute)
 * and draws stripes where a `zoneStripe` attribute is set, so keep-off areas read without hue.
 */
import { BufferAttribute, Color, MeshStandardMaterial, type BufferGeometry } from 'three';
import { ZONE_LEVELS } from '../protocol/zones';
import type { SkinZones } from '../protocol/skinZones';
import { ZONE_COLOURS, ZONE_STRIPED } from './zonePalette';

const SKIN_TONE = '#d9a184';

export function createSkinMaterial(): MeshStandardMaterial {
  const material = new MeshStandardMaterial({ color: SKIN_TONE, roughness: 0.62 });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        '#include <common>\nattribute float zoneStripe;\nvarying float vZoneStripe;\nvarying vec3 vZonePos;',
      )
      .replace(
        '#include <begin_vertex>',
        '#include <begin_vertex>\nvZoneStripe = zoneStripe;\nvZonePos = position;',
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        '#include <common>\nvarying float vZoneStripe;\nvarying vec3 vZonePos;',
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        #ifdef USE_COLOR
        // Diagonal stripes 8 mm apart, in model space so they stay put as the camera moves.
        float stripe = step(0.5, fract((vZonePos.x + vZonePos.y + vZonePos.z) * 125.0));
        diffuseColor.rgb = mix(diffuseColor.rgb, diffuseColor.rgb * 0.35, stripe * step(0.5, vZoneStripe));
        #endif`,
      );
  };
  return material;
}

const zoneColour = new Color();
const skinColour = new Color(SKIN_TONE);

/** Writes the zone colours (blended a little with the skin tone) and stripes onto the skin. */
export function applyZoneAttributes(geometry: BufferGeometry, zones: SkinZones): void {
  const count = zones.levels.length;
  const colours = new Float32Array(count * 3);
  const stripes = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const level = ZONE_LEVELS[zones.levels[i] ?? 0] ?? 'moderate';
    zoneColour.set(ZONE_COLOURS[level]).lerp(skinColour, 0.15);
    colours[3 * i] = zoneColour.r;
    colours[3 * i + 1] = zoneColour.g;
    colours[3 * i + 2] = zoneColour.b;
    stripes[i] = ZONE_STRIPED[level] ? 1 : 0;
  }
  geometry.setAttribute('color', new BufferAttribute(colours, 3));
  geometry.setAttribute('zoneStripe', new BufferAttribute(stripes, 1));
}

/** With zones off, the material ignores the colour attribute and shows plain skin. */
export function showZones(material: MeshStandardMaterial, on: boolean): void {
  material.vertexColors = on;
  material.color.set(on ? '#ffffff' : SKIN_TONE);
  material.needsUpdate = true;
}

export function setSkinOpacity(material: MeshStandardMaterial, opacity: number): void {
  const translucent = opacity < 0.999;
  material.opacity = opacity;
  material.transparent = translucent;
  // A see-through skin must not hide what lies beneath it in the depth buffer.
  material.depthWrite = !translucent;
  material.needsUpdate = true;
}

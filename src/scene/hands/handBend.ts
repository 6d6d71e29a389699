/**
 * Molds a hand to the leg: in the hand frame (palm at the origin, back of the hand +y), the
 * part of the hand within a span across the palm wraps round a cylinder of curvature k whose
 * axis lies along the leg under the palm; beyond the span the hand carries on straight, along
 * the tangent at the span's edge (fingers and wrist stay rigid, their joints do the rest).
 *
 * The same maths runs on the GPU (a patch of the material, after skinning) and here on the CPU
 * for the contact solver and the tests, so both see the same hand.
 */
import type {
  Material,
  Matrix4,
  Vector2,
  Vector3,
  WebGLProgramParametersWithUniforms,
} from 'three';

export interface BendParams {
  /** Curvature of the skin across the palm (1/m); 0 keeps the hand flat. */
  k: number;
  /** The wrap direction in the palm plane (unit, x and z of the hand frame). */
  across: Vector2;
  /** Where the wrap starts and ends along `across` (m from the palm's centre). */
  spanMin: number;
  spanMax: number;
}

/** Bends a point given in the hand frame, in place. */
export function bendPoint(p: Vector3, bend: BendParams): Vector3 {
  const k = bend.k;
  if (Math.abs(k) < 1e-4) return p;
  const ax = bend.across.x;
  const az = bend.across.y;
  const w = p.x * ax + p.z * az;
  const wc = Math.min(bend.spanMax, Math.max(bend.spanMin, w));
  const phi = wc * k;
  const r = 1 / k + p.y;
  const c = Math.cos(phi);
  const s = Math.sin(phi);
  const rest = w - wc;
  const wNew = r * s + rest * c;
  const yNew = r * c - 1 / k - rest * s;
  p.x += ax * (wNew - w);
  p.z += az * (wNew - w);
  p.y = yNew;
  return p;
}

/** The GPU half: uniforms each bent material reads. */
export interface BendUniforms {
  uBendK: { value: number };
  uBendAcross: { value: Vector2 };
  uBendSpan: { value: Vector2 };
  /** Mesh space → hand frame, and back. */
  uToHand: { value: Matrix4 };
  uFromHand: { value: Matrix4 };
  /** One molding shift for the whole mesh (the forearm follows the wrist's). */
  uConformShift?: { value: Vector3 };
}

const BEND_GLSL = /* glsl */ `
  {
    vec3 h = (uToHand * vec4(transformed, 1.0)).xyz;
    vec3 hn = mat3(uToHand) * objectNormal;
    if (abs(uBendK) > 1e-4) {
      float w = dot(h.xz, uBendAcross);
      float wc = clamp(w, uBendSpan.x, uBendSpan.y);
      float phi = wc * uBendK;
      float r = 1.0 / uBendK + h.y;
      float c = cos(phi);
      float s = sin(phi);
      float rest = w - wc;
      float wNew = r * s + rest * c;
      h.xz += uBendAcross * (wNew - w);
      h.y = r * c - 1.0 / uBendK - rest * s;
      float nw = dot(hn.xz, uBendAcross);
      float nwNew = nw * c + hn.y * s;
      hn.y = -nw * s + hn.y * c;
      hn.xz += uBendAcross * (nwNew - nw);
    }
    #ifdef HAND_CONFORM
      h += aConform;
    #endif
    #ifdef HAND_CONFORM_SHIFT
      h += uConformShift;
    #endif
    transformed = (uFromHand * vec4(h, 1.0)).xyz;
    vec3 bentNormal = normalMatrix * (mat3(uFromHand) * hn);
    #ifdef FLIP_SIDED
      bentNormal = -bentNormal;
    #endif
    vNormal = normalize(bentNormal);
  }
`;

/** Writes a wrap into a material's uniforms (each frame; allocates nothing). */
export function setBendUniforms(uniforms: BendUniforms, bend: BendParams): void {
  uniforms.uBendK.value = bend.k;
  uniforms.uBendAcross.value.copy(bend.across);
  uniforms.uBendSpan.value.set(bend.spanMin, bend.spanMax);
}

/** Name of the attribute that carries each vertex's molding (handConform.ts), hand frame. */
export const CONFORM_ATTRIBUTE = 'aConform';

/**
 * Patches a standard or physical material so its mesh bends by `uniforms`; with `conform`, each
 * vertex then moves by its `aConform` attribute (in the hand frame, after the wrap).
 */
export function bendMaterial<M extends Material>(
  material: M,
  uniforms: BendUniforms,
  conform: false | 'per-vertex' | 'shift' = false,
): M {
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = shader.vertexShader
      .replace(
        'void main() {',
        `${conform === 'per-vertex' ? `#define HAND_CONFORM\nattribute vec3 ${CONFORM_ATTRIBUTE};\n` : ''}${conform === 'shift' ? '#define HAND_CONFORM_SHIFT\nuniform vec3 uConformShift;\n' : ''}uniform float uBendK;
uniform vec2 uBendAcross;
uniform vec2 uBendSpan;
uniform mat4 uToHand;
uniform mat4 uFromHand;
void main() {`,
      )
      .replace('#include <skinning_vertex>', `#include <skinning_vertex>\n${BEND_GLSL}`);
  };
  material.customProgramCacheKey = () => `hand-bend-${conform || 'rigid'}`;
  return material;
}

/**
 * Colour-vision deficiency on rendered pixels: Machado, Oliveira & Fernandes 2009 simulation
 * (severity 1: protanopia, deuteranopia, tritanopia) through culori, greyscale as CIE L*, and
 * CIEDE2000 differences between colours.
 */
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  lab65,
  type Rgb,
} from 'culori';

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia' | 'greyscale';
export const VISIONS: readonly Vision[] = [
  'normal',
  'protanopia',
  'deuteranopia',
  'tritanopia',
  'greyscale',
];

const FILTERS = {
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
} as const;

const deltaE = differenceCiede2000();

/** An 8-bit sRGB colour as one viewer sees it. */
export function simulate([r, g, b]: readonly number[], vision: Vision): Rgb {
  const rgb: Rgb = { mode: 'rgb', r: (r ?? 0) / 255, g: (g ?? 0) / 255, b: (b ?? 0) / 255 };
  if (vision === 'normal') return rgb;
  if (vision === 'greyscale') {
    // Lightness only: the grey with the same L*.
    return { mode: 'rgb', ...rgbOfLab(lab65(rgb).l) };
  }
  return FILTERS[vision](rgb) as Rgb;
}

function rgbOfLab(l: number): { r: number; g: number; b: number } {
  // L* → relative luminance → sRGB grey.
  const y = l > 8 ? ((l + 16) / 116) ** 3 : l / 903.3;
  const v = y <= 0.0031308 ? 12.92 * y : 1.055 * y ** (1 / 2.4) - 0.055;
  return { r: v, g: v, b: v };
}

/** CIEDE2000 between two colours. */
export function difference(a: Rgb, b: Rgb): number {
  return deltaE(a, b);
}

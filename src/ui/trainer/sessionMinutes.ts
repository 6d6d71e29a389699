/** The session length a learner types, made a whole number of minutes within the bounds. */
export function clampMinutes(text: string, bounds: { min: number; max: number }): number | null {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) return null;
  return Math.min(bounds.max, Math.max(bounds.min, Math.round(value)));
}

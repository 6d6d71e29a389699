/** "Did you mean …": the closest known name to a misspelt one. */

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known name closest to `input`, if it is close enough to be a likely typo. */
export function closestName(input: string, names: readonly string[]): string | null {
  if (input.length > 80) return null; // a long text is not a misspelt name
  const wanted = input
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = editDistance(wanted, name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(2, Math.ceil(wanted.length / 2));
  return bestDistance <= tolerance ? best : null;
}

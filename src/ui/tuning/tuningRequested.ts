/** The fine-tuning panel is for instructors and developers: only with `?tune` in the address. */
export function tuningRequested(search: string = window.location.search): boolean {
  try {
    return new URLSearchParams(search).has('tune');
  } catch {
    return false;
  }
}

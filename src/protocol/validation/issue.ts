/** A problem found in a protocol document, said so that a non-programmer can act on it. */
export interface ValidationIssue {
  /** JSON path of the value concerned, e.g. `$.phases[2].strokes[0].to`. */
  path: string;
  message: string;
}

export type PathKey = string | number;

/** The named vocabularies a protocol may use; the UI's catalogs have words for each list. */
import { ASPECTS, LANDMARKS, PRESSURE_LEVELS, REGIONS } from '../../anatomy/names';

export interface NameList {
  /** `files:nameList.<id>.noun` ("a landmark name") and `.plural` ("landmark names"). */
  id: 'landmark' | 'region' | 'aspect' | 'pressure';
  example: string;
  names: readonly string[];
}

export const NAME_LISTS: readonly NameList[] = [
  { id: 'landmark', example: 'popliteal_crease', names: LANDMARKS },
  { id: 'region', example: 'calf', names: REGIONS },
  { id: 'aspect', example: 'posterior', names: ASPECTS },
  { id: 'pressure', example: 'moderate', names: PRESSURE_LEVELS },
];

/** The vocabulary whose names are exactly `values`, if any. */
export function nameListFor(values: readonly unknown[]): NameList | undefined {
  return NAME_LISTS.find(
    (list) => list.names.length === values.length && list.names.every((n) => values.includes(n)),
  );
}

/** The named vocabularies a protocol may use, with words for them in messages. */
import { ASPECTS, LANDMARKS, PRESSURE_LEVELS, REGIONS } from '../../anatomy/names';

export interface NameList {
  /** What one name is called, e.g. "landmark name". */
  noun: string;
  example: string;
  names: readonly string[];
}

const NAME_LISTS: readonly NameList[] = [
  { noun: 'landmark name', example: 'popliteal_crease', names: LANDMARKS },
  { noun: 'region name', example: 'calf', names: REGIONS },
  { noun: 'aspect of the leg', example: 'posterior', names: ASPECTS },
  { noun: 'pressure level', example: 'moderate', names: PRESSURE_LEVELS },
];

/** The vocabulary whose names are exactly `values`, if any. */
export function nameListFor(values: readonly unknown[]): NameList | undefined {
  return NAME_LISTS.find(
    (list) => list.names.length === values.length && list.names.every((n) => values.includes(n)),
  );
}

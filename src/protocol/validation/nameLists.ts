/** The named vocabularies a protocol may use, with words for them in messages. */
import { ASPECTS, LANDMARKS, PRESSURE_LEVELS, REGIONS } from '../../anatomy/names';

export interface NameList {
  /** What one name is called, with its article, e.g. "a landmark name", "an aspect of the leg". */
  noun: string;
  /** What several are called, e.g. "landmark names", "aspects of the leg". */
  plural: string;
  example: string;
  names: readonly string[];
}

export const NAME_LISTS: readonly NameList[] = [
  {
    noun: 'a landmark name',
    plural: 'landmark names',
    example: 'popliteal_crease',
    names: LANDMARKS,
  },
  { noun: 'a region name', plural: 'region names', example: 'calf', names: REGIONS },
  {
    noun: 'an aspect of the leg',
    plural: 'aspects of the leg',
    example: 'posterior',
    names: ASPECTS,
  },
  {
    noun: 'a pressure level',
    plural: 'pressure levels',
    example: 'moderate',
    names: PRESSURE_LEVELS,
  },
];

/** The vocabulary whose names are exactly `values`, if any. */
export function nameListFor(values: readonly unknown[]): NameList | undefined {
  return NAME_LISTS.find(
    (list) => list.names.length === values.length && list.names.every((n) => values.includes(n)),
  );
}

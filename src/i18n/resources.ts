/** The English catalogs, bundled with the app: English is the reference and the fallback. */
import camera from './locales/en/camera.json';
import classroom from './locales/en/classroom.json';
import coach from './locales/en/coach.json';
import common from './locales/en/common.json';
import errors from './locales/en/errors.json';
import files from './locales/en/files.json';
import flow from './locales/en/flow.json';
import marks from './locales/en/marks.json';
import offline from './locales/en/offline.json';
import practice from './locales/en/practice.json';
import read from './locales/en/read.json';
import terms from './locales/en/terms.json';
import tuning from './locales/en/tuning.json';
import watch from './locales/en/watch.json';

export const englishResources = {
  camera,
  classroom,
  coach,
  common,
  errors,
  files,
  flow,
  marks,
  offline,
  practice,
  read,
  terms,
  tuning,
  watch,
};

export type Namespace = keyof typeof englishResources;
export const NAMESPACES = Object.keys(englishResources) as Namespace[];

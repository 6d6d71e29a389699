/**
 * The offline notices' text (src/ui/offline), by name: each entry reads its key in
 * `src/i18n/locales/<lang>/offline.json`. English is bundled, so a notice shown before another
 * language's catalogs arrive reads in English rather than as keys.
 */
import { t } from '../../i18n/instance';

export const OFFLINE_TEXT = {
  get updateReady() {
    return t('offline:updateReady');
  },
  get update() {
    return t('offline:update');
  },
  get later() {
    return t('offline:later');
  },
  get offlineReady() {
    return t('offline:offlineReady');
  },
  get dismiss() {
    return t('offline:dismiss');
  },
};

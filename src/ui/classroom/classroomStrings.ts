/** The classroom's text, by name (re-exported by src/ui/strings.ts), read from classroom.json. */
import { t } from '../../i18n/instance';

export const CLASSROOM_TEXT = {
  get barLabel() {
    return t('classroom:barLabel');
  },
  get codeLabel() {
    return t('classroom:codeLabel');
  },
  joinAt: (url: string) => t('classroom:joinAt', { url }),
  qrLabel: (url: string) => t('classroom:qrLabel', { url }),
  roster: (students: number, following: number) => t('classroom:roster', { students, following }),
  get qrLarger() {
    return t('classroom:qrLarger');
  },
  get qrSmaller() {
    return t('classroom:qrSmaller');
  },
  get opening() {
    return t('classroom:opening');
  },
  get replaced() {
    return t('classroom:replaced');
  },
  get takeBack() {
    return t('classroom:takeBack');
  },
  get following() {
    return t('classroom:following');
  },
  get free() {
    return t('classroom:free');
  },
  get stepOut() {
    return t('classroom:stepOut');
  },
  get followAgain() {
    return t('classroom:followAgain');
  },
  joining: (code: string) => t('classroom:joining', { code }),
  noClass: (code: string) => t('classroom:noClass', { code }),
  get instructorAway() {
    return t('classroom:instructorAway');
  },
  get joinTitle() {
    return t('classroom:joinTitle');
  },
  get joinCodeLabel() {
    return t('classroom:joinCodeLabel');
  },
  get joinCodeHint() {
    return t('classroom:joinCodeHint');
  },
  get joinButton() {
    return t('classroom:joinButton');
  },
  get joinBadCode() {
    return t('classroom:joinBadCode');
  },
  get reconnecting() {
    return t('classroom:reconnecting');
  },
  get noServer() {
    return t('classroom:noServer');
  },
  get followingTab() {
    return t('classroom:followingTab');
  },
  get freeTab() {
    return t('classroom:freeTab');
  },
  get waitingTab() {
    return t('classroom:waitingTab');
  },
  get presenting() {
    return t('classroom:presenting');
  },
  get stopPresenting() {
    return t('classroom:stopPresenting');
  },
  get presentToTab() {
    return t('classroom:presentToTab');
  },
  get presentToTabHint() {
    return t('classroom:presentToTabHint');
  },
  get teachClass() {
    return t('classroom:teachClass');
  },
  get teachClassHint() {
    return t('classroom:teachClassHint');
  },
};

/**
 * Text as the English reader sees it, for tests: `t('watch:transport.play')`, and `say` for a
 * domain module's message. The i18n instance starts in English, the reference language.
 */
export { t } from '../../src/i18n/instance';
export { say } from '../../src/i18n/say';

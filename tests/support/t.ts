/**
 * A domain module's message as the English reader sees it, for tests (`say`). The i18n
 * instance starts in English, the reference language.
 */
export { say } from '../../src/i18n/say';

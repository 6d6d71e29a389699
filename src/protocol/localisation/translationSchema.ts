/**
 * The companion translation document: the text of one protocol in one language, keyed by the
 * protocol's ids (see `textFields.ts`), beside the protocol rather than inside it. Example:
 *
 *   { "format": "proximal-protocol-translation", "version": 1, "language": "es",
 *     "protocol": { "id": "circulatory-leg-massage", "version": 1, "sourceDigest": "…" },
 *     "text": { "title": "…", "phases": { "calf-petrissage": { "cues": ["…", …] } }, … } }
 *
 * The envelope is checked here; the text against the protocol it translates, in
 * `validateTranslation.ts`.
 */
import { isLanguageTag } from '../languageTag';
import { z } from '../../files/zod';
import { SOURCE_DIGEST } from './sourceDigest';

const TRANSLATION_FORMAT = 'proximal-protocol-translation';
const TRANSLATION_VERSION = 1;
/** The protocol format version these translations are written for (`schema.ts`). */
const PROTOCOL_FORMAT_VERSION = 1;

export const translationSchema = z.strictObject({
  format: z.literal(TRANSLATION_FORMAT),
  version: z.literal(TRANSLATION_VERSION),
  language: z.string().max(35).refine(isLanguageTag),
  protocol: z.strictObject({
    id: z.string().max(60),
    version: z.literal(PROTOCOL_FORMAT_VERSION),
    sourceDigest: z.string().regex(SOURCE_DIGEST),
  }),
  /** Nested as in the protocol: groups of fields, lists, texts; checked in validateTranslation. */
  text: z.record(z.string(), z.unknown()),
});

export type ProtocolTranslation = z.infer<typeof translationSchema>;

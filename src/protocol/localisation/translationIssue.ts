/**
 * A problem in a translation document, as a code with parameters (worded by the UI's catalogs,
 * never here). `path` is the JSON path in the translation document, e.g.
 * `$.text.phases["calf-petrissage"].cues[2]`.
 */
export type TranslationIssue =
  /** The file could not be read as JSON (`kind` as in `files/readJsonText.ts`). */
  | {
      path: '$';
      code: 'translation.json';
      params: {
        kind: string;
        detail?: string;
        line?: number;
        column?: number;
        bytes?: number | null;
        maxBytes?: number;
      };
    }
  /** A field of the envelope (format, version, language, protocol) is absent. */
  | { path: string; code: 'translation.fieldMissing'; params: { field: string } }
  /** A field of the envelope has a value of the wrong kind or outside its range. */
  | { path: string; code: 'translation.fieldInvalid'; params: { field: string } }
  /** A field the translation format does not have. */
  | { path: string; code: 'translation.fieldUnknown'; params: { field: string } }
  | { path: string; code: 'translation.languageInvalid'; params: { language: string } }
  /** The translation is for another protocol. */
  | {
      path: string;
      code: 'translation.protocolMismatch';
      params: { expected: string; got: string };
    }
  /** The translation was made from other text than this protocol's (edited since). */
  | { path: string; code: 'translation.sourceChanged'; params: { expected: string; got: string } }
  /** A text of the protocol has no translation. */
  | { path: string; code: 'translation.textMissing'; params: { field: string } }
  /** A key the protocol does not have (an unknown id, a field it lacks, an extra list entry). */
  | { path: string; code: 'translation.keyUnknown'; params: { key: string } }
  /** Text where a group or list is expected, or the other way round. */
  | {
      path: string;
      code: 'translation.wrongKind';
      params: { expected: 'text' | 'group' | 'list' };
    }
  | { path: string; code: 'translation.textEmpty'; params: Record<string, never> }
  | { path: string; code: 'translation.textTooLong'; params: { length: number; max: number } }
  /** Markup or a placeholder (`{name}`, `{{x}}`, `%s`, `<b>`): translations are plain text. */
  | { path: string; code: 'translation.textNotPlain'; params: { found: string } }
  | { path: '$'; code: 'translation.moreIssues'; params: { more: number } };

/**
 * The default protocol's shipped translations (es, de, ar) are complete and faithful where a test
 * can tell: they validate against the protocol; every contraindication, above all deep vein
 * thrombosis, is there in full, translated, in the terms each language's massage and
 * physiotherapy teaching uses; every number of the English text is in the same text of each
 * translation and no other; what Proximal adds beyond the guide is labelled so in every language.
 * Whether the wording is right is for a reader of the language (see the lead's report).
 */
import { describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { localiseProtocol } from '../../src/protocol/localisation/localiseProtocol';
import { protocolTextEntries } from '../../src/protocol/localisation/textFields';
import { validateTranslation } from '../../src/protocol/localisation/validateTranslation';
import type { Protocol } from '../../src/protocol/schema';
import { jsonPath } from '../../src/protocol/validation/jsonPath';
import { freshTranslation, SHIPPED_LANGUAGES, type ShippedLanguage } from './support/translations';

const english = protocolTextEntries(defaultProtocol);

function localised(language: ShippedLanguage): Protocol {
  const protocol = localiseProtocol(defaultProtocol, freshTranslation(language));
  if (protocol === defaultProtocol) throw new Error(`the ${language} translation was not applied`);
  return protocol;
}

/** Each translated text beside its English, by translation key. */
function pairs(language: ShippedLanguage) {
  const translated = protocolTextEntries(localised(language));
  return english.map((e, i) => ({
    key: jsonPath(e.key),
    english: e.text,
    translated: translated[i]?.text ?? '',
  }));
}

/** Numbers written with Arabic-Indic digits read as the same numbers. */
function numbersIn(text: string): string[] {
  const western = text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
  return (western.match(/\d+(?:[.,]\d+)?/g) ?? []).sort();
}

/** The label as the UI catalogs word it (read:provenance.beyondGuide, coach:beyondGuide). */
const BEYOND_THE_GUIDE: Record<ShippedLanguage, RegExp> = {
  es: /más allá de la guía/i,
  de: /über die Anleitung hinaus/i,
  ar: /من خارج الدليل/,
};

/**
 * Words the UI catalogs do not use for a concept they name otherwise (a stroke is "Griff" / "pase" /
 * "حركة", effleurage "Ausstreichen" / "التدليك بالمسح", the guide "Anleitung", moderate "mittel",
 * lymphatic "اللمفاوي", the heel "الكعب"), and the formal address the German UI does not use.
 */
const NOT_THE_APPS_WORD: Record<ShippedLanguage, RegExp> = {
  es: /\bpasadas?\b|\busted(es)?\b/i,
  de: /Streichung|Knetung|Leitfaden|\bmäßig|\b\w+en Sie\b|\b(Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres|Ihnen)\b/,
  ar: /التمسيد|اللمفي|عقب القدم/,
};

/** Terms each text must use, as taught in that language (anchors for the review, not all of it). */
const TERMS: [key: string, terms: Record<ShippedLanguage, RegExp>][] = [
  [
    '$.contraindications["suspected-dvt"].name',
    { es: /trombosis venosa profunda/i, de: /tiefe Venenthrombose/i, ar: /تخثر الأوردة العميقة/ },
  ],
  [
    '$.contraindications["suspected-dvt"].why',
    { es: /embolia pulmonar/, de: /Lungenembolie/, ar: /انصمام.{0,3} ?رئوي/ },
  ],
  [
    '$.contraindications["suspected-dvt"].action',
    { es: /atención médica de inmediato/, de: /sofort ärztliche Hilfe/, ar: /الرعاية الطبية فورًا/ },
  ],
  [
    '$.contraindications["suspected-dvt"].action',
    { es: /^No des masaje\./, de: /^Nicht massieren\./, ar: /^لا تُجرِ التدليك\./ },
  ],
  [
    '$.contraindications["lung-clot-emergency"].name',
    { es: /embolia pulmonar/, de: /Lungenembolie/, ar: /الانصمام الرئوي/ },
  ],
  [
    '$.contraindications["lung-clot-emergency"].action',
    { es: /servicios de emergencia/, de: /Notruf/, ar: /خدمات الطوارئ/ },
  ],
  [
    '$.contraindications["unexplained-swelling"].action',
    { es: /TVP/, de: /TVT/, ar: /تخثر الأوردة العميقة/ },
  ],
  ['$.contraindications["doctor-first-conditions"].signs[5]', { es: /TVP/, de: /TVT/, ar: /DVT/ }],
  [
    '$.contraindications["severe-varicose-veins"].name',
    { es: /varices/i, de: /Krampfadern/, ar: /الدوالي/ },
  ],
  ['$.goal', { es: /retorno venoso/, de: /venösen Rückfluss/, ar: /العائد الوريدي/ }],
  [
    '$.rules["toward-the-heart"].text',
    { es: /centro del cuerpo/, de: /Körpermitte/, ar: /مركز الجسم/ },
  ],
  [
    '$.rules["toward-the-heart"].why',
    { es: /válvulas unidireccionales/, de: /nur in eine Richtung/, ar: /اتجاه واحد/ },
  ],
  [
    '$.rules["light-to-moderate"].text',
    { es: /ligera a moderada/, de: /leicht bis mittel/, ar: /خفيفًا إلى متوسط/ },
  ],
  [
    '$.rules["superficial-deep-superficial"].text',
    { es: /superficial a lo profundo/, de: /oberflächlich zu tief/, ar: /السطحي إلى العميق/ },
  ],
  [
    '$.phases["warm-up-effleurage"].name',
    {
      es: /effleurage \(roce\)/,
      de: /Ausstreichen \(Effleurage\)/,
      ar: /التدليك بالمسح \(الانزلاق\)/,
    },
  ],
  [
    '$.phases["calf-petrissage"].name',
    { es: /petrissage \(amasamiento\)/, de: /Kneten \(Petrissage\)/, ar: /العجن/ },
  ],
  [
    '$.phases["closing-effleurage"].name',
    {
      es: /effleurage \(roce\)/,
      de: /Ausstreichen \(Effleurage\)/,
      ar: /التدليك بالمسح \(الانزلاق\)/,
    },
  ],
  [
    '$.phases["closing-effleurage"].purpose',
    { es: /ganglios linfáticos/, de: /Lymphknoten/, ar: /العقد اللمفاوية/ },
  ],
  ['$.setup["legs-elevated"].text', { es: /corazón/, de: /Herz/, ar: /القلب/ }],
  [
    '$.frequency.maintenance.text',
    { es: /dos a tres/, de: /zwei bis drei/, ar: /جلستان إلى ثلاث/ },
  ],
];

describe.each(SHIPPED_LANGUAGES)('the default protocol in %s', (language) => {
  it('validates against the default protocol as shipped', () => {
    const result = validateTranslation(freshTranslation(language), defaultProtocol);
    expect(result.ok, result.ok ? '' : JSON.stringify(result.errors, null, 1)).toBe(true);
  });

  it('has every contraindication in full, each text translated (not the English copied)', () => {
    const protocol = localised(language);
    expect(protocol.contraindications.map((c) => [c.id, c.severity, c.signs.length])).toEqual(
      defaultProtocol.contraindications.map((c) => [c.id, c.severity, c.signs.length]),
    );
    protocol.contraindications.forEach((c, i) => {
      const original = defaultProtocol.contraindications[i]!;
      const texts = [c.name, ...c.signs, c.action, c.why, c.source];
      const originals = [
        original.name,
        ...original.signs,
        original.action,
        original.why,
        original.source,
      ];
      texts.forEach((text, t) => {
        expect(text === undefined, `${c.id} text ${t}`).toBe(originals[t] === undefined);
        if (text === undefined) return;
        expect(text.trim().length, `${c.id} text ${t}`).toBeGreaterThan(0);
        expect(text, `${c.id} text ${t}`).not.toBe(originals[t]);
      });
    });
  });

  it('uses the terms of its own massage and medical teaching for the key instructions', () => {
    const byKey = new Map(pairs(language).map((p) => [p.key, p.translated]));
    for (const [key, terms] of TERMS) {
      expect(byKey.get(key), key).toMatch(terms[language]);
    }
  });

  it('words each concept and addresses the reader as the UI catalogs do', () => {
    for (const p of pairs(language)) {
      expect(p.translated, p.key).not.toMatch(NOT_THE_APPS_WORD[language]);
    }
  });

  it('carries every number of each English text, and adds none', () => {
    for (const p of pairs(language)) {
      expect(numbersIn(p.translated), p.key).toEqual(numbersIn(p.english));
    }
  });

  it('labels what Proximal adds beyond the guide, wherever the English does', () => {
    const labelled = pairs(language).filter((p) => /beyond the guide/i.test(p.english));
    expect(labelled.length).toBeGreaterThanOrEqual(4);
    for (const p of labelled) expect(p.translated, p.key).toMatch(BEYOND_THE_GUIDE[language]);
    for (const p of pairs(language).filter((q) => /Proximal/.test(q.english))) {
      expect(p.translated, p.key).toMatch(/Proximal/);
    }
  });

  it('leaves only published citations untranslated', () => {
    const copied = pairs(language).filter((p) => p.translated === p.english);
    for (const p of copied) {
      expect(p.key, p.english).toMatch(/\.source$/);
      expect(p.english, p.key).toMatch(/^[A-Z][a-z]+ [A-Z.]+(,| et al\.,) "/);
    }
  });
});

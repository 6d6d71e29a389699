/**
 * The default protocol must carry every instruction of the method text
 * (shared/seed/circulatory-leg-massage.txt), each in the field the app reads.
 */
import { describe, expect, it } from 'vitest';
import { LANDMARK_LEVEL } from '../../src/anatomy/names';
import { defaultProtocol, defaultProtocolDocument } from '../../src/protocol/defaultProtocol';
import {
  protocolSchema,
  type Contraindication,
  type Phase,
  type PressureRule,
  type SetupStep,
} from '../../src/protocol/schema';

const p = defaultProtocol;

function phaseById(id: string): Phase {
  const found = p.phases.find((ph) => ph.id === id);
  if (!found) throw new Error(`no phase ${id}`);
  return found;
}
function setupByCategory(category: SetupStep['category']): SetupStep[] {
  return p.setup.filter((s) => s.category === category);
}
function setupText(category: SetupStep['category']): string {
  return setupByCategory(category)
    .map((s) => `${s.text} ${s.why ?? ''}`)
    .join(' ');
}
function pressureRules(): PressureRule[] {
  return p.rules.filter((r): r is PressureRule => r.kind === 'pressure');
}
function contraindication(id: string): Contraindication {
  const found = p.contraindications.find((c) => c.id === id);
  if (!found) throw new Error(`no contraindication ${id}`);
  return found;
}
function allText(c: Contraindication): string {
  return [c.name, ...c.signs, c.action, c.why ?? ''].join(' ');
}

describe('the default protocol document', () => {
  it('is valid against the schema exactly as stored (the import format)', () => {
    const result = protocolSchema.safeParse(defaultProtocolDocument);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('states the goal: venous return, less pooling, relief of heavy tired legs', () => {
    expect(p.goal).toMatch(/venous return/i);
    expect(p.goal).toMatch(/toward the heart/i);
    expect(p.goal).toMatch(/pool/i);
    expect(p.goal).toMatch(/heavy, tired/i);
  });

  it('summarises the method as self or partner massage at home', () => {
    expect(p.summary).toMatch(/blood and lymph/i);
    expect(p.summary).toMatch(/yourself|self/i);
    expect(p.summary).toMatch(/partner/i);
    expect(p.summary).toMatch(/at home/i);
  });

  it('names its source as paraphrased, and says it is education, never a diagnosis', () => {
    expect(p.source.note).toMatch(/paraphrased/i);
    expect(p.disclaimer).toMatch(/education/i);
    expect(p.disclaimer).toMatch(/never diagnoses/i);
    expect(p.pacingNote).toMatch(/Proximal's teaching choices/);
  });
});

describe('setup', () => {
  it('lies down somewhere comfortable, a bed or a sofa', () => {
    expect(setupText('place')).toMatch(/lie down/i);
    expect(setupText('place')).toMatch(/bed/i);
    expect(setupText('place')).toMatch(/sofa/i);
  });

  it('warms the room', () => {
    expect(setupText('room')).toMatch(/warm/i);
  });

  it('raises the legs slightly, ideally above the heart, because gravity helps', () => {
    const text = setupText('position');
    expect(text).toMatch(/slightly/i);
    expect(text).toMatch(/higher than the heart/i);
    expect(text).toMatch(/gravity/i);
  });

  it('uses a bland unscented oil or lotion so the hands glide', () => {
    const text = setupText('medium');
    expect(text).toMatch(/unscented/i);
    expect(text).toMatch(/bland/i);
    expect(text).toMatch(/oil or lotion/i);
    expect(text).toMatch(/friction/i);
    expect(text).toMatch(/glide/i);
  });

  it('keeps a towel for the excess afterwards', () => {
    const text = setupText('supplies');
    expect(text).toMatch(/towel/i);
    expect(text).toMatch(/excess/i);
  });
});

describe('phases', () => {
  it('run warm-up effleurage, calf petrissage, thigh petrissage, closing effleurage', () => {
    expect(p.phases.map((ph) => [ph.id, ph.technique, ph.depth])).toEqual([
      ['warm-up-effleurage', 'effleurage', 'superficial'],
      ['calf-petrissage', 'petrissage', 'deep'],
      ['thigh-petrissage', 'petrissage', 'deep'],
      ['closing-effleurage', 'effleurage', 'superficial'],
    ]);
  });

  it('every stroke lane runs from a lower landmark level to a higher one', () => {
    for (const ph of p.phases) {
      for (const s of ph.strokes) {
        expect(LANDMARK_LEVEL[s.from], `${s.id}`).toBeLessThan(LANDMARK_LEVEL[s.to]);
      }
    }
  });

  it('warm-up: light gliding palms from the foot and ankle up toward the knee and the groin', () => {
    const ph = phaseById('warm-up-effleurage');
    expect(ph.pressure).toBe('light');
    expect(ph.hands.parts).toEqual(['palms']);
    expect(ph.hands.text).toMatch(/rhythmic/i);
    expect(ph.hands.text).toMatch(/long, gliding/i);
    expect(ph.strokes.every((s) => s.kind === 'glide')).toBe(true);
    const starts = ph.strokes.map((s) => s.from);
    const ends = ph.strokes.map((s) => s.to);
    expect(starts).toContain('toe_tip');
    expect(starts.some((l) => l.endsWith('malleolus'))).toBe(true);
    expect(ends).toContain('patella_centre');
    expect(ends).toContain('groin_crease');
    expect(ph.regions).toEqual(expect.arrayContaining(['foot', 'ankle', 'knee', 'groin']));
    expect(ph.purpose).toMatch(/warms the tissue/i);
    expect(ph.purpose).toMatch(/spreads the oil or lotion/i);
    expect(ph.purpose).toMatch(/proximally/i);
  });

  it('calf: both hands grasp firmly and knead in turn from the Achilles tendon to the back of the knee', () => {
    const ph = phaseById('calf-petrissage');
    expect(ph.pressure).toBe('firm');
    expect(ph.regions).toEqual(['calf']);
    expect(ph.hands.parts).toEqual(expect.arrayContaining(['heel-of-hand', 'thumbs-and-fingers']));
    expect(ph.hands.text).toMatch(/both hands/i);
    expect(ph.hands.text).toMatch(/firmly/i);
    expect(ph.hands.text).toMatch(/compress, lift and squeeze/i);
    expect(ph.strokes).toHaveLength(1);
    expect(ph.strokes[0]).toMatchObject({
      kind: 'knead',
      hands: 'alternating',
      from: 'achilles_insertion',
      to: 'popliteal_crease',
    });
    expect(ph.purpose).toMatch(/"milk" metabolic waste products and excess fluid/);
    expect(ph.cues.join(' ')).toMatch(/tight or dense/);
    expect(ph.cues.join(' ')).toMatch(/engage the muscle, never so hard that it hurts/);
  });

  it('thigh: broad palm-over-palm compression across the quadriceps and the hamstrings', () => {
    const ph = phaseById('thigh-petrissage');
    expect(ph.pressure).toBe('firm');
    expect(ph.regions).toEqual(expect.arrayContaining(['thigh_anterior', 'thigh_posterior']));
    expect(ph.hands.parts).toContain('palms');
    expect(ph.strokes.every((s) => s.kind === 'compress' && s.hands === 'palm-over-palm')).toBe(
      true,
    );
    expect(ph.strokes.map((s) => s.aspect).sort()).toEqual(['anterior', 'posterior']);
    const cues = ph.cues.join(' ');
    expect(cues).toMatch(/broad palm-over-palm/);
    expect(cues).toMatch(/quadriceps/);
    expect(cues).toMatch(/hamstrings/);
    expect(cues).toMatch(/tight or dense/);
    expect(ph.purpose).toMatch(/"milk" metabolic waste products and excess fluid/);
  });

  it('closing: light broad strokes over the whole leg from foot to hip, toward the groin nodes', () => {
    const ph = phaseById('closing-effleurage');
    expect(ph.pressure).toBe('light');
    expect(ph.hands.text).toMatch(/broad/i);
    expect(ph.strokes.every((s) => s.kind === 'glide')).toBe(true);
    expect(ph.strokes.map((s) => s.aspect).sort()).toEqual([
      'anterior',
      'lateral',
      'medial',
      'posterior',
    ]);
    for (const s of ph.strokes) expect(LANDMARK_LEVEL[s.to]).toBe(LANDMARK_LEVEL.groin_crease);
    expect(ph.regions).toEqual(
      expect.arrayContaining(['foot', 'calf', 'thigh_anterior', 'thigh_posterior', 'groin']),
    );
    expect(ph.purpose).toMatch(/smooths the tissues/i);
    expect(ph.purpose).toMatch(/lymph nodes in the groin/i);
  });

  it('keeps Proximal pacing in every phase (demo strokes, seconds, session share)', () => {
    for (const ph of p.phases) {
      expect(ph.pacing.demoStrokes).toBeGreaterThanOrEqual(1);
      expect(ph.pacing.strokeSeconds).toBeGreaterThan(0);
      expect(ph.pacing.sessionWeight).toBeGreaterThan(0);
    }
  });
});

describe('rules', () => {
  it('direct every stroke toward the heart because of the one-way valves', () => {
    const direction = p.rules.find((r) => r.kind === 'direction');
    expect(direction).toMatchObject({ direction: 'proximal' });
    expect(direction?.text).toMatch(/foot up to the hip and groin/);
    expect(direction?.kind === 'direction' && direction.why).toMatch(/one-way valves/);
    expect(direction?.kind === 'direction' && direction.why).toMatch(/back to the heart/);
  });

  it('keep pressure light to moderate, with the reason why', () => {
    const overall = pressureRules().find((r) => r.id === 'light-to-moderate');
    expect(overall?.maxPressure).toBe('moderate');
    expect(overall?.where).toBeUndefined();
    expect(overall?.why).toMatch(/superficial lymphatic system/);
    expect(overall?.why).toMatch(/bruising or discomfort/);
  });

  it('keep pressure light over the shin and the knee: a conservative reading, labelled so', () => {
    const bony = pressureRules().find((r) => r.where?.regions?.includes('shin'));
    expect(bony).toMatchObject({ maxPressure: 'light', provenance: 'proximal' });
    expect(bony?.why).toMatch(/light to moderate/);
    expect(bony?.source).toMatch(/conservative reading/);
    expect(bony?.where?.regions).toEqual(expect.arrayContaining(['shin', 'knee']));
    const depth = pressureRules().find((r) => r.where?.boneWithinMm !== undefined);
    expect(depth).toMatchObject({ maxPressure: 'light', provenance: 'proximal' });
  });

  it('allow firm pressure when kneading, enough to engage the muscle without pain', () => {
    const kneading = pressureRules().find((r) => r.where?.techniques?.includes('petrissage'));
    expect(kneading?.maxPressure).toBe('firm');
    expect(kneading?.text).toMatch(/engage the muscle/);
    expect(kneading?.text).toMatch(/hurts/);
  });

  it('work superficial, then deep, then superficial', () => {
    const order = p.rules.find((r) => r.kind === 'order');
    expect(order?.kind === 'order' && order.sequence).toEqual([
      'superficial',
      'deep',
      'superficial',
    ]);
  });

  it("spare the popliteal fossa, the femoral triangle and the superficial nerves as Proximal's precaution, with Werner as source", () => {
    const spared = pressureRules().filter(
      (r) =>
        r.where?.regions?.includes('popliteal_fossa') ||
        r.where?.regions?.includes('femoral_triangle') ||
        r.where?.regions?.includes('fibular_head'),
    );
    expect(spared.map((r) => [r.where?.regions, r.maxPressure, r.provenance])).toEqual([
      [['popliteal_fossa'], 'light', 'proximal'],
      [['femoral_triangle'], 'light', 'proximal'],
      [['fibular_head', 'tarsal_tunnel'], 'light', 'proximal'],
    ]);
    for (const r of spared) {
      expect(r.why).toMatch(/Proximal's precaution/);
      expect(r.why).toMatch(/endangerment site/);
      expect(r.source).toMatch(/Werner.*Endangerment Sites.*Massage & Bodywork.*2020/);
    }
    expect(spared[1]?.text).toMatch(/femoral triangle/);
    expect(JSON.stringify(p)).not.toMatch(/upper inner thigh/i);
  });

  it("mark every rule that is not in the method as Proximal's", () => {
    const proximalIds = pressureRules()
      .filter((r) => r.provenance === 'proximal')
      .map((r) => r.id);
    expect(proximalIds.sort()).toEqual([
      'light-near-bone',
      'light-over-bony-areas',
      'light-over-superficial-nerves',
      'no-deep-work-behind-knee',
      'no-deep-work-upper-inner-thigh',
    ]);
  });
});

describe('timing and frequency', () => {
  it('15 to 30 minutes a session, about 7 to 15 minutes a leg', () => {
    expect(p.timing.sessionMinutes).toEqual({ min: 15, max: 30 });
    expect(p.timing.perLegMinutes).toEqual({ min: 7, max: 15 });
    expect(p.timing.text).toMatch(/circulatory benefit/);
  });

  it('2 to 3 times a week for maintenance, daily for chronic fluid retention or fatigue', () => {
    expect(p.frequency.maintenance.timesPerWeek).toEqual({ min: 2, max: 3 });
    expect(p.frequency.maintenance.text).toMatch(/maintenance/);
    expect(p.frequency.intensive.timesPerWeek).toEqual({ min: 7, max: 7 });
    expect(p.frequency.intensive.text).toMatch(/daily/i);
    expect(p.frequency.intensive.text).toMatch(/chronic fluid retention or fatigue/);
    expect(p.frequency.principle).toMatch(/regular/i);
    expect(p.frequency.principle).toMatch(/overly long/);
  });
});

describe('contraindications', () => {
  it('known or suspected DVT stops the massage: see a doctor now, no massage until a clot is ruled out', () => {
    const dvt = contraindication('suspected-dvt');
    expect(dvt.severity).toBe('stop');
    const signs = dvt.signs.join(' ');
    for (const sign of [/swelling/i, /redness/i, /heat/i, /sharp pain/i])
      expect(signs).toMatch(sign);
    expect(dvt.signs.every((s) => /one leg/.test(s))).toBe(true);
    expect(signs).toMatch(/sudden, unexplained/i);
    expect(dvt.action).toMatch(/medical attention immediately/);
    expect(dvt.action).toMatch(/until a doctor has ruled out a blood clot/);
    expect(dvt.why).toMatch(/dislodge the clot/);
    expect(dvt.why).toMatch(/potentially fatal pulmonary embolism/);
    // The guide's "presence or suspicion": a clot already found is covered too.
    expect(dvt.name).toMatch(/known or suspected/i);
    expect(dvt.why).toMatch(/known or suspected/);
    expect(allText(contraindication('doctor-first-conditions'))).toMatch(
      /blood clot \(DVT\) now or in the past/,
    );
  });

  it('severe varicose veins: no direct pressure over them', () => {
    const veins = contraindication('severe-varicose-veins');
    expect(veins.severity).toBe('avoid-area');
    expect(veins.signs.join(' ')).toMatch(/enlarged, twisted veins/i);
    expect(veins.action).toMatch(/direct pressure/);
    expect(veins.why).toMatch(/damage the vessel walls/);
  });

  it('open wounds, rashes, skin infections and unexplained swelling: keep off the area', () => {
    const skin = contraindication('skin-wounds-rashes-infections');
    const swelling = contraindication('unexplained-swelling');
    expect([skin.severity, swelling.severity]).toEqual(['avoid-area', 'avoid-area']);
    expect(allText(skin)).toMatch(/open wound/i);
    expect(allText(skin)).toMatch(/rash/i);
    expect(allText(skin)).toMatch(/active skin infection/i);
    expect(allText(swelling)).toMatch(/significant, unexplained swelling/i);
    for (const c of [skin, swelling]) expect(c.why).toMatch(/mechanical action/);
  });

  it('a circulatory condition or any doubt: consult a healthcare provider first', () => {
    const consult = contraindication('circulatory-condition-or-doubt');
    expect(consult.severity).toBe('consult');
    expect(allText(consult)).toMatch(/pre-existing circulatory condition/);
    expect(allText(consult)).toMatch(/any doubt/);
    expect(consult.action).toMatch(/healthcare provider/);
  });
});

describe('safety beyond the guide, labelled with its source', () => {
  it('signs of a clot in the lungs call for emergency services', () => {
    const lung = contraindication('lung-clot-emergency');
    expect(lung.severity).toBe('emergency');
    const signs = lung.signs.join(' ');
    for (const sign of [/sudden breathlessness/i, /chest pain/i, /coughing up blood/i])
      expect(signs).toMatch(sign);
    expect(lung.action).toMatch(/call emergency services/);
  });

  it('pain, numbness or tingling stop the pressure', () => {
    const stop = contraindication('pain-numbness-tingling');
    const text = allText(stop);
    for (const word of [/pain/i, /numbness/i, /tingling/i]) expect(text).toMatch(word);
    expect(stop.action).toMatch(/stop pressing/i);
  });

  it("lists the conditions that need a doctor's advice first", () => {
    const doctor = contraindication('doctor-first-conditions');
    expect(doctor.severity).toBe('consult');
    const signs = doctor.signs.join(' ');
    for (const condition of [
      /blood thinners/,
      /bleeding disorder/,
      /peripheral artery disease/i,
      /diabetic neuropathy/i,
      /swelling of both legs/i,
      /heart failure/,
      /pregnancy/i,
      /weeks after giving birth/,
    ])
      expect(signs).toMatch(condition);
  });

  it('qualifies daily massage: once a doctor knows the cause of the swelling', () => {
    expect(p.frequency.intensive.note?.text).toMatch(/once a doctor knows the cause/i);
    expect(p.frequency.intensive.note?.source).toBeTruthy();
  });

  it("keeps the guide's 'milk' words and adds the evidence note (Wiltshire 2010)", () => {
    for (const id of ['calf-petrissage', 'thigh-petrissage']) {
      const ph = phaseById(id);
      expect(ph.purpose).toMatch(/"milk" metabolic waste/);
      const sources = (ph.notes ?? []).map((n) => n.source).join(' ');
      expect(sources).toMatch(/Wiltshire.*Medicine & Science in Sports & Exercise 42\(6\):1062/);
    }
  });

  it("labels lifting the hands on the return as Proximal's choice", () => {
    for (const id of ['warm-up-effleurage', 'closing-effleurage']) {
      const ph = phaseById(id);
      expect(ph.cues.find((c) => /lift your hands/.test(c))).toMatch(/Proximal's choice/);
      expect(ph.notes?.[0]?.text).toMatch(/Swedish massage/);
    }
  });

  it('gives every rule and safety check of its own a source', () => {
    for (const r of pressureRules().filter((r) => r.provenance === 'proximal'))
      expect(r.source, r.id).toBeTruthy();
    const added = p.contraindications.filter((c) => c.provenance === 'proximal');
    expect(added.map((c) => c.id).sort()).toEqual([
      'doctor-first-conditions',
      'lung-clot-emergency',
      'pain-numbness-tingling',
    ]);
    for (const c of added) expect(c.source, c.id).toMatch(/beyond the guide/i);
  });
});

/** Checks that span several fields of a protocol that fits the schema. */
import { describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { validateProtocol } from '../../src/protocol/validate';
import { freshDefault, type Json } from './support/document';
import { errorsAfter, warningsAfter } from './support/validation';

type Obj = { [key: string]: Json };
const at = (value: Json | undefined, ...keys: (string | number)[]): Obj => {
  let node: Json | undefined = value;
  for (const key of keys) {
    node = Array.isArray(node)
      ? node[Number(key)]
      : node !== null && typeof node === 'object'
        ? node[String(key)]
        : undefined;
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node))
    throw new Error('no object');
  return node;
};

describe('the default protocol', () => {
  it('validates without errors or warnings', () => {
    expect(validateProtocol(defaultProtocol)).toEqual({
      ok: true,
      protocol: defaultProtocol,
      warnings: [],
    });
  });
});

describe('ids', () => {
  it('a phase id used twice is reported at the second use, naming the first', () => {
    const errors = errorsAfter((d) => {
      at(d, 'phases', 3).id = 'warm-up-effleurage';
    });
    expect(errors).toEqual([
      {
        path: '$.phases[3].id',
        message:
          'The id "warm-up-effleurage" is already used by $.phases[0]; every phase needs its own id',
      },
    ]);
  });

  it('stroke ids are unique across all phases', () => {
    const errors = errorsAfter((d) => {
      at(d, 'phases', 3, 'strokes', 0).id = 'calf-knead';
    });
    expect(errors.map((e) => e.path)).toEqual(['$.phases[3].strokes[0].id']);
    expect(errors[0]?.message).toContain('$.phases[1].strokes[0]');
  });

  it('setup steps, rules and contraindications each need their own ids', () => {
    const errors = errorsAfter((d) => {
      at(d, 'setup', 1).id = 'towel';
      at(d, 'rules', 2).id = 'toward-the-heart';
      at(d, 'contraindications', 4).id = 'suspected-dvt';
    });
    expect(errors.map((e) => e.path)).toEqual([
      '$.setup[4].id',
      '$.rules[2].id',
      '$.contraindications[4].id',
    ]);
  });

  it('the same id in two different lists is fine', () => {
    warningsAfter((d) => {
      at(d, 'rules', 0).id = 'warm-up-effleurage';
    });
  });
});

describe('direction of strokes', () => {
  it('a stroke from the knee down to the heel is refused at that stroke', () => {
    const errors = errorsAfter((d) => {
      Object.assign(at(d, 'phases', 0, 'strokes', 3), { from: 'popliteal_crease', to: 'heel' });
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('$.phases[0].strokes[3]');
    expect(errors[0]?.message).toMatch(/"warm-up-back" must run toward the heart/);
    expect(errors[0]?.message).toMatch(/away from the heart/);
  });

  it('a stroke between two landmarks at the same height is refused', () => {
    const errors = errorsAfter((d) => {
      Object.assign(at(d, 'phases', 0, 'strokes', 1), {
        from: 'medial_malleolus',
        to: 'lateral_malleolus',
      });
    });
    expect(errors[0]?.message).toMatch(/same height/);
  });
});

describe('timing', () => {
  const timingErrors = (perLeg: Json, session: Json) =>
    errorsAfter((d) => {
      Object.assign(at(d, 'timing'), { perLegMinutes: perLeg, sessionMinutes: session });
    });

  it('a leg may not take longer than the whole session', () => {
    const errors = timingErrors({ min: 7, max: 40 }, { min: 15, max: 30 });
    expect(errors).toEqual([{ path: '$.timing', message: expect.stringMatching(/up to 40/) }]);
  });

  it('two legs at their minimum must fit in the longest session', () => {
    const errors = timingErrors({ min: 16, max: 20 }, { min: 15, max: 30 });
    expect(errors).toEqual([{ path: '$.timing', message: expect.stringMatching(/32 minutes/) }]);
  });

  it('two legs at their maximum must fill the shortest session', () => {
    const errors = timingErrors({ min: 3, max: 5 }, { min: 15, max: 30 });
    expect(errors).toEqual([{ path: '$.timing', message: expect.stringMatching(/10 minutes/) }]);
  });

  it('a one-leg session that cannot reach the shortest session is only a warning', () => {
    const warnings = warningsAfter((d) => {
      at(d, 'timing').perLegMinutes = { min: 7, max: 12 };
    });
    expect(warnings).toEqual([{ path: '$.timing', message: expect.stringMatching(/one leg/) }]);
  });

  it('min above max is reported on the range', () => {
    const errors = errorsAfter((d) => {
      at(d, 'timing').sessionMinutes = { min: 31, max: 30 };
    });
    expect(errors).toEqual([
      {
        path: '$.timing.sessionMinutes',
        message: expect.stringMatching(/"min" must not be larger/),
      },
    ]);
  });
});

describe('order of phases', () => {
  it('the first phase must be superficial', () => {
    const errors = errorsAfter((d) => {
      at(d, 'phases', 0).depth = 'deep';
    });
    expect(errors.map((e) => e.path)).toEqual(['$.phases[0].depth']);
  });

  it('the last phase must be superficial', () => {
    const errors = errorsAfter((d) => {
      at(d, 'phases', 3).depth = 'deep';
    });
    expect(errors.map((e) => e.path)).toEqual(['$.phases[3].depth']);
  });

  it('phases that go deep twice do not follow superficial → deep → superficial', () => {
    const errors = errorsAfter((d) => {
      // a second light pass between the calf and the thigh: S → D → S → D → S
      const interlude = JSON.parse(JSON.stringify(at(d, 'phases', 0))) as Obj;
      interlude.id = 'interlude';
      const strokes = interlude.strokes;
      if (Array.isArray(strokes))
        interlude.strokes = strokes.map((st, i) => ({ ...at(st), id: `interlude-${i}` }));
      const phases = at(d).phases;
      if (Array.isArray(phases)) phases.splice(2, 0, interlude);
    });
    expect(errors).toEqual([
      {
        path: '$.rules[7].sequence',
        message:
          'The phases go superficial → deep → superficial → deep → superficial, but this order rule asks for superficial → deep → superficial',
      },
    ]);
  });

  it('several deep phases in a row count as one deep step', () => {
    warningsAfter((d) => {
      at(d, 'rules', 7).sequence = ['superficial', 'deep', 'deep', 'superficial'];
    });
  });
});

describe('essentials', () => {
  it('a protocol without a direction rule is refused', () => {
    const errors = errorsAfter((d) => {
      const rules = at(d).rules;
      if (Array.isArray(rules)) rules.shift();
    });
    expect(errors).toEqual([{ path: '$.rules', message: expect.stringMatching(/direction rule/) }]);
  });

  it('a protocol in which nothing stops the massage is refused', () => {
    const errors = errorsAfter((d) => {
      const items = at(d).contraindications;
      if (Array.isArray(items)) {
        for (const item of items as { severity: string }[]) {
          if (item.severity === 'stop') item.severity = 'consult';
        }
      }
    });
    expect(errors).toEqual([
      { path: '$.contraindications', message: expect.stringMatching(/"severity": "stop"/) },
    ]);
  });
});

describe('warnings', () => {
  it('a phase pressed harder than the rules allow', () => {
    const warnings = warningsAfter((d) => {
      at(d, 'phases', 0).pressure = 'firm';
    });
    expect(warnings).toEqual([
      {
        path: '$.phases[0].pressure',
        message:
          'Phase "warm-up-effleurage" uses firm pressure, but rule "light-to-moderate" allows at most moderate for effleurage',
      },
    ]);
  });

  it('a kneading stroke in an effleurage phase', () => {
    const warnings = warningsAfter((d) => {
      Object.assign(at(d, 'phases', 0, 'strokes', 0), { kind: 'knead', hands: 'alternating' });
    });
    expect(warnings.map((w) => w.path)).toEqual(['$.phases[0].strokes[0].kind']);
  });

  it('fields the format does not know, such as a misspelt "cue"', () => {
    const warnings = warningsAfter((d) => {
      at(d, 'phases', 2).cue = 'Press harder';
      at(d).colour = 'red';
    });
    expect(warnings).toEqual([
      {
        path: '$.phases[2].cue',
        message: '"cue" is not a field of the protocol format and is ignored',
      },
      {
        path: '$.colour',
        message: '"colour" is not a field of the protocol format and is ignored',
      },
    ]);
  });
});

describe('minimum durations', () => {
  const timingErrors = (perLeg: Json, session: Json) =>
    errorsAfter((d) =>
      Object.assign(at(d, 'timing'), { perLegMinutes: perLeg, sessionMinutes: session }),
    );

  it('refuses sessions and legs shorter than a minute, saying the minimum', () => {
    const errors = timingErrors({ min: 5e-324, max: 5e-324 }, { min: 5e-324, max: 5e-324 });
    const paths = errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.timing.perLegMinutes.min',
        '$.timing.perLegMinutes.max',
        '$.timing.sessionMinutes.min',
        '$.timing.sessionMinutes.max',
      ]),
    );
    for (const e of errors.filter((x) => x.path.startsWith('$.timing.'))) {
      expect(e.message).toMatch(/must be at least 1 minute/);
    }
  });

  it('accepts exactly one minute per leg and two per session', () => {
    const doc = freshDefault();
    Object.assign(at(doc, 'timing'), {
      perLegMinutes: { min: 1, max: 1 },
      sessionMinutes: { min: 2, max: 2 },
    });
    const result = validateProtocol(doc);
    expect(result.ok, JSON.stringify(result.ok ? [] : result.errors)).toBe(true);
  });

  it('refuses a vanishing session weight', () => {
    const errors = errorsAfter((d) => {
      at(d, 'phases', 0, 'pacing').sessionWeight = 5e-324;
    });
    expect(errors[0]?.path).toBe('$.phases[0].pacing.sessionWeight');
    expect(errors[0]?.message).toMatch(/must be at least 0\.1/);
  });

  it('refuses a weight that leaves a phase less than one stroke in the shortest session', () => {
    const errors = errorsAfter((d) => {
      at(d, 'phases', 0, 'pacing').sessionWeight = 0.1;
      at(d, 'phases', 1, 'pacing').sessionWeight = 100;
      Object.assign(at(d, 'timing'), {
        perLegMinutes: { min: 15, max: 15 },
        sessionMinutes: { min: 30, max: 30 },
      });
    });
    expect(errors).toEqual([
      {
        path: '$.phases[0].pacing',
        message: expect.stringMatching(/less than one stroke.*"sessionWeight" is too small/),
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, DEFAULT_PREFERENCES } from '../../src/state/persistence/format';
import { migrate, migrateV0, migrateV1 } from '../../src/state/persistence/migrate';
import { currentRecord, versionOneRecord, versionZeroRecord } from './fixtures';
import { sayReason } from '../../src/i18n/reason';

/** A refusal with its reason in English. */
const said = (result: ReturnType<typeof migrate>) =>
  result.ok ? result : { ...result, reason: sayReason(result.reason) };

describe('migrate', () => {
  it('leaves a current record as it is', () => {
    expect(migrate(currentRecord())).toEqual({
      ok: true,
      state: currentRecord(),
      fromVersion: CURRENT_VERSION,
    });
  });

  it('turns version 0 into version 1: layer list to switches, opacity renamed, protocol kept', () => {
    const v1 = migrateV0(versionZeroRecord);
    expect(v1).toMatchObject({
      version: 1,
      preferences: { leg: 'left', speed: 2, skinOpacity: 0.5, timing: 'demo', sessionMinutes: 20 },
    });
    const result = migrate(versionZeroRecord);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(0);
    expect(result.state.protocols[0]?.document).toEqual(versionZeroRecord.protocol);
  });

  it('gives an empty version-0 record the first-visit preferences', () => {
    expect(migrate({})).toEqual({
      ok: true,
      state: {
        version: 2,
        preferences: DEFAULT_PREFERENCES,
        protocols: [],
        activeProtocolId: null,
        marks: [],
      },
      fromVersion: 0,
    });
  });

  it('turns version 1 into version 2 with no places marked, everything else kept', () => {
    expect(migrateV1({ ...versionOneRecord() })).toEqual({
      ...versionOneRecord(),
      version: 2,
      marks: [],
    });
    expect(migrate(versionOneRecord())).toEqual({
      ok: true,
      state: { ...versionOneRecord(), version: 2, marks: [] },
      fromVersion: 1,
    });
  });

  it('refuses a record whose marks are not places on the leg', () => {
    const bad = (mark: Record<string, unknown>) =>
      said(migrate({ ...currentRecord(), marks: [{ ...currentRecord().marks[0], ...mark }] }));
    expect(bad({ kind: 'scar' })).toMatchObject({ ok: false, reason: /marks\[0\]/ });
    expect(bad({ s: 1.5 })).toMatchObject({ ok: false, reason: /not a place on the leg/ });
    expect(bad({ theta: Number.NaN })).toMatchObject({ ok: false });
    expect(bad({ radiusCm: 0 })).toMatchObject({ ok: false, reason: /size/ });
    expect(bad({ leg: 'both' })).toMatchObject({ ok: false, reason: /no leg/ });
    expect(said(migrate({ ...currentRecord(), marks: 'none' }))).toMatchObject({
      ok: false,
      reason: /"marks" is not a list/,
    });
  });

  it('refuses what it cannot know: future, negative and fractional versions', () => {
    expect(said(migrate({ ...currentRecord(), version: CURRENT_VERSION + 1 }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/newer version/),
    });
    expect(migrate({ version: -1 })).toMatchObject({ ok: false });
    expect(migrate({ version: 0.5 })).toMatchObject({ ok: false });
    expect(migrate(null)).toMatchObject({ ok: false });
  });
});

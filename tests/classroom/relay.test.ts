import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeMessage, type ServerMessage } from '../../src/classroom/messages';
import { createRelay, type Delivery, type RelayOptions } from '../../src/classroom/relay';
import { classStateArb, SAMPLE_STATE } from './arbitraries';

const SECRET = 'S'.repeat(32);

/** A relay with a hand-turned clock and predictable codes (ACDEFG, ACDEFH, …). */
function relayForTest(extra: Partial<RelayOptions> = {}) {
  const clock = { now: 0 };
  let codes = 0;
  let secrets = 0;
  const relay = createRelay({
    newCode: () => `ACDEF${'GHJKMN'[codes++ % 6]}`,
    newSecret: () => `${secrets++}`.padStart(32, 's'),
    now: () => clock.now,
    ...extra,
  });
  return { relay, clock };
}

const read = (deliveries: Delivery[]) =>
  deliveries.map((d) => ({ to: d.to, message: JSON.parse(d.text) as ServerMessage }));

const say = (relay: ReturnType<typeof createRelay>, id: number, message: object) =>
  read(relay.receive(id, JSON.stringify(message)));

/** Opens a class with instructor 1; returns its code and secret. */
function openClass(relay: ReturnType<typeof createRelay>) {
  relay.connect(1);
  const [welcome] = say(relay, 1, { type: 'hello', role: 'instructor' });
  if (welcome?.message.type !== 'welcome') throw new Error('no welcome');
  return { code: welcome.message.code, secret: welcome.message.secret ?? '' };
}

describe('the classroom relay', () => {
  it('opens a class with a code and a secret for the instructor', () => {
    const { relay } = relayForTest();
    const { code, secret } = openClass(relay);
    expect(code).toBe('ACDEFG');
    expect(secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(relay.stats()).toMatchObject({ classes: 1, clients: 1 });
  });

  it('relays the instructor’s state to every student, and gives a late joiner the last one', () => {
    const { relay } = relayForTest();
    const { code } = openClass(relay);
    relay.connect(2);
    const joined = say(relay, 2, { type: 'hello', role: 'student', code });
    expect(joined[0]?.message).toMatchObject({ type: 'welcome', role: 'student', state: null });
    expect(joined[0]?.message).not.toHaveProperty('secret');
    const sent = say(relay, 1, { type: 'state', state: SAMPLE_STATE });
    expect(sent).toEqual([{ to: 2, message: { type: 'state', seq: 1, state: SAMPLE_STATE } }]);
    relay.connect(3);
    const late = say(relay, 3, { type: 'hello', role: 'student', code });
    expect(late[0]).toEqual({
      to: 3,
      message: {
        type: 'welcome',
        role: 'student',
        code,
        state: SAMPLE_STATE,
        seq: 1,
        instructorPresent: true,
      },
    });
    // Everyone in the class hears the new roster.
    const rosters = late.filter((d) => d.message.type === 'roster');
    expect(rosters.map((d) => d.to).sort()).toEqual([1, 2, 3]);
    expect(rosters[0]?.message).toMatchObject({ students: 2, following: 2 });
  });

  it('drops and counts a state sent by a student, or by anyone not in a class', () => {
    const { relay } = relayForTest();
    const { code } = openClass(relay);
    relay.connect(2);
    say(relay, 2, { type: 'hello', role: 'student', code });
    expect(say(relay, 2, { type: 'state', state: SAMPLE_STATE })).toEqual([
      { to: 2, message: { type: 'refused', reason: 'not-joined' } },
    ]);
    relay.connect(3);
    say(relay, 3, { type: 'state', state: SAMPLE_STATE });
    expect(relay.stats().dropped.forged).toBe(2);
  });

  it('lets only the secret take a class over, and tells the replaced page', () => {
    const { relay } = relayForTest();
    const { code, secret } = openClass(relay);
    say(relay, 1, { type: 'state', state: SAMPLE_STATE });
    relay.connect(2);
    expect(say(relay, 2, { type: 'hello', role: 'instructor', code, secret: SECRET })).toEqual([
      { to: 2, message: { type: 'refused', reason: 'forbidden' } },
    ]);
    expect(say(relay, 2, { type: 'hello', role: 'instructor', code })[0]?.message).toEqual({
      type: 'refused',
      reason: 'forbidden',
    });
    relay.connect(3);
    const takeover = say(relay, 3, { type: 'hello', role: 'instructor', code, secret });
    expect(takeover).toContainEqual({ to: 1, message: { type: 'replaced' } });
    expect(takeover.find((d) => d.to === 3)?.message).toMatchObject({
      type: 'welcome',
      state: SAMPLE_STATE,
      seq: 1,
    });
    // The replaced page no longer drives.
    expect(say(relay, 1, { type: 'state', state: SAMPLE_STATE })[0]?.message).toMatchObject({
      type: 'refused',
    });
  });

  it('keeps a class through its instructor’s reload and opens a forgotten one again', () => {
    const { relay, clock } = relayForTest({ idleClassMs: 1000 });
    const { code, secret } = openClass(relay);
    relay.disconnect(1);
    relay.connect(2);
    expect(
      say(relay, 2, { type: 'hello', role: 'instructor', code, secret })[0]?.message,
    ).toMatchObject({ type: 'welcome', code });
    relay.disconnect(2);
    clock.now = 5000;
    relay.connect(3); // forgets the idle class
    expect(relay.stats().classes).toBe(0);
    expect(
      say(relay, 3, { type: 'hello', role: 'instructor', code, secret })[0]?.message,
    ).toMatchObject({ type: 'welcome', code, secret });
  });

  it('tells a student when the code names no class', () => {
    const { relay } = relayForTest();
    relay.connect(5);
    expect(say(relay, 5, { type: 'hello', role: 'student', code: 'QQQQQQ' })).toEqual([
      { to: 5, message: { type: 'refused', reason: 'no-class' } },
    ]);
  });

  it('counts students following and looking around freely', () => {
    const { relay } = relayForTest();
    const { code } = openClass(relay);
    for (const id of [2, 3]) {
      relay.connect(id);
      say(relay, id, { type: 'hello', role: 'student', code });
    }
    const roster = say(relay, 3, { type: 'following', following: false });
    expect(roster.find((d) => d.to === 1)?.message).toEqual({
      type: 'roster',
      students: 2,
      following: 1,
      instructorPresent: true,
    });
    const left = read(relay.disconnect(2));
    expect(left.find((d) => d.to === 1)?.message).toMatchObject({ students: 1, following: 0 });
  });

  it('limits each client’s message rate and counts what it drops', () => {
    const { relay, clock } = relayForTest({ limit: { perSecond: 10, burst: 5 } });
    openClass(relay);
    for (let i = 0; i < 20; i += 1) say(relay, 1, { type: 'state', state: SAMPLE_STATE });
    expect(relay.stats().dropped.rateLimited).toBe(16);
    clock.now = 1000;
    say(relay, 1, { type: 'state', state: SAMPLE_STATE });
    expect(relay.stats().dropped.rateLimited).toBe(16);
  });

  it('drops and counts oversized and malformed messages', () => {
    const { relay } = relayForTest();
    relay.connect(1);
    expect(relay.receive(1, 'x'.repeat(10_000))).toEqual([]);
    expect(relay.receive(1, '{"type":"hello"')).toEqual([]);
    expect(relay.receive(1, Buffer.from('{}'))).toEqual([]);
    expect(relay.receive(99, '{}')).toEqual([]);
    expect(relay.stats().dropped).toEqual({
      oversized: 1,
      malformed: 2,
      forged: 1,
      rateLimited: 0,
    });
  });

  it('under any sequence of messages, hands students only their own instructor’s states', () => {
    const actor = fc.integer({ min: 1, max: 5 });
    const action = fc.oneof(
      fc.record({ kind: fc.constant('hello-instructor' as const), id: actor }),
      fc.record({ kind: fc.constant('hello-student' as const), id: actor, room: fc.nat(2) }),
      fc.record({ kind: fc.constant('state' as const), id: actor, state: classStateArb }),
      fc.record({ kind: fc.constant('following' as const), id: actor, on: fc.boolean() }),
      fc.record({ kind: fc.constant('garbage' as const), id: actor, text: fc.string() }),
      fc.record({ kind: fc.constant('leave' as const), id: actor }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        const { relay } = relayForTest({ limit: { perSecond: 1, burst: 1000 } });
        const codes: string[] = [];
        const instructorOf = new Map<number, string>();
        const studentOf = new Map<number, string>();
        const connected = new Set<number>();
        const ensure = (id: number) => {
          if (!connected.has(id)) relay.connect(id);
          connected.add(id);
        };
        for (const step of actions) {
          ensure(step.id);
          let out: Delivery[];
          if (step.kind === 'hello-instructor') {
            out = relay.receive(step.id, encodeMessage({ type: 'hello', role: 'instructor' }));
          } else if (step.kind === 'hello-student') {
            const code = codes[step.room] ?? 'QQQQQQ';
            out = relay.receive(step.id, encodeMessage({ type: 'hello', role: 'student', code }));
          } else if (step.kind === 'state') {
            out = relay.receive(step.id, encodeMessage({ type: 'state', state: step.state }));
          } else if (step.kind === 'following') {
            out = relay.receive(step.id, encodeMessage({ type: 'following', following: step.on }));
          } else if (step.kind === 'garbage') {
            out = relay.receive(step.id, step.text);
          } else {
            out = relay.disconnect(step.id);
            connected.delete(step.id);
            instructorOf.delete(step.id);
            studentOf.delete(step.id);
          }
          for (const { to, message } of read(out)) {
            if (message.type === 'welcome') {
              if (message.role === 'instructor') {
                if (!codes.includes(message.code)) codes.push(message.code);
                for (const [id, code] of instructorOf)
                  if (code === message.code) instructorOf.delete(id);
                instructorOf.set(to, message.code);
                studentOf.delete(to);
              } else {
                studentOf.set(to, message.code);
                instructorOf.delete(to);
              }
            }
            if (message.type === 'replaced') instructorOf.delete(to);
            if (message.type === 'state') {
              // Only an instructor's state is relayed, only to students of that class.
              expect(instructorOf.get(step.id)).toBeDefined();
              expect(studentOf.get(to)).toBe(instructorOf.get(step.id));
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

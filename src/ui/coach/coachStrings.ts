/**
 * Every fixed string of the session coach (re-exported by `src/ui/strings.ts`). Text of the
 * method itself (contraindications, setup steps, phases, cues, timing, frequency) comes from the
 * protocol document.
 */
import type { Feeling, StopReason, Symptom, Who } from '../../coach/logEntry';

export const COACH_TEXT = {
  modeLabel: 'Session',
  stepsLabel: 'Steps of a session',
  steps: {
    check: 'Safety check',
    prepare: 'Prepare',
    session: 'Massage',
    log: 'Log',
    week: 'Your week',
  },

  // Safety check
  checkHeading: 'Before you start: safety check',
  checkNotDiagnosis:
    'This is a checklist, not a diagnosis. It cannot tell whether your legs are safe to massage; it repeats what the method says to do. Answer for today, every time.',
  checkIntro: 'Does any of these apply to you now?',
  yes: 'Yes',
  no: 'No',
  signsLabel: 'Signs',
  whatToDo: 'What to do:',
  beyondGuide: 'Beyond the guide.',
  source: 'Source:',
  blockedHeading: 'Do not massage today',
  blockedLead:
    'What you answered can be a sign of a blood clot. Massage could move it to the lungs. No session can start.',
  blockedEmergency:
    'If you are short of breath, have chest pain or cough up blood: call emergency services now (112 in Europe, 911 in North America, 999 in the UK).',
  blockedCare:
    'Otherwise seek medical attention today, and massage only once a doctor has ruled out a clot.',
  consultHeading: 'Ask a health professional first',
  consultCleared: 'A health professional has told me leg massage is safe for me',
  keepOffHeading: 'Keep off these areas today',
  keepOffHowTo:
    'To have the hands on the 3D leg lift over the place, mark it in Watch, under "Places to keep off".',
  unanswered: (n: number) => `${n} question${n === 1 ? '' : 's'} still to answer.`,
  continueToPrepare: 'Continue',

  // Prepare
  prepareHeading: 'Prepare the session',
  whoLabel: 'Who massages?',
  who: { self: 'I massage my own legs', partner: 'A partner massages me' } satisfies Record<
    Who,
    string
  >,
  minutesLabel: 'Length of the session (minutes)',
  minutesHint: (text: string) => text,
  perLeg: (minutes: string) => `About ${minutes} minutes a leg, right leg first, then the left.`,
  speakLabel: 'Say each phase aloud (your device’s own voice; nothing is sent anywhere)',
  speakUnavailable: 'This browser has no voice on the device, so the cues are shown only.',
  setupHeading: 'Set up first',
  setupProgress: (done: number, all: number) => `${done} of ${all} ready`,
  positionHeading: 'Reaching the back of the calf and thigh',
  position: {
    self: 'Sit up with the knee bent and the foot flat on the bed or sofa: the back of the calf and thigh come within reach of both hands. Lie back with the leg raised between passes.',
    partner:
      'Lie on your back with the knees bent and the feet flat for the calf and the back of the thigh, or face down with a cushion or rolled towel under the ankles so the knees stay slightly bent.',
  } satisfies Record<Who, string>,
  positionSource:
    'Beyond the guide, which says only to lie down with the legs raised. Positioning and bolstering as taught in Fritz S., Mosby’s Fundamentals of Therapeutic Massage (positioning and draping).',
  start: 'Start the session',
  startNeedsSetup: 'Tick every setup step to start.',

  // Session
  legLabel: { right: 'Right leg', left: 'Left leg' },
  nowLabel: 'Now',
  nextIn: (name: string, time: string) => `Next: ${name} in ${time}`,
  nextLeg: (leg: string, time: string) => `Then the ${leg} in ${time}`,
  lastPhase: (time: string) => `Last phase: ${time} to the end`,
  legTimer: (leg: string, elapsed: string, total: string) => `${leg}: ${elapsed} of ${total}`,
  sessionTimer: (elapsed: string, total: string) => `Session: ${elapsed} of ${total}`,
  pause: 'Pause',
  resume: 'Resume',
  paused: 'Paused',
  stop: 'Stop',
  stopHeading: 'Why are you stopping?',
  stopConfirm: 'Stop the session',
  stopCancel: 'Go on massaging',
  /** Under the phase card while massaging: the "stop" contraindications stay on this screen too. */
  stopWatch: (name: string, signs: string) => `Stop at once if you notice: ${signs} (${name}).`,
  clotStopAdvice:
    'Sudden swelling, redness, heat or sharp pain in one leg can be a clot: stop, do not massage again, and seek medical attention today. With breathlessness or chest pain, call emergency services now.',
  stopReasons: {
    pain: 'Pain where the hands press',
    numbness: 'Numbness or tingling',
    'clot-sign': 'Swelling, redness, heat or sharp pain in one leg',
    interrupted: 'Interrupted',
    tired: 'Tired, or had enough',
    other: 'Another reason',
  } satisfies Record<StopReason, string>,
  wakeLockOn: 'The screen stays on during the session.',
  speechPhase: (leg: string, name: string) => `${leg}. ${name}.`,
  speechEnd: 'Session complete. Well done.',

  // Log
  logHeading: 'How did it go?',
  doneHeading: 'What was done',
  completed: 'Completed',
  stoppedEarly: (reason: string) => `Stopped early: ${reason}`,
  minutesOnLeg: (leg: string, minutes: string) => `${leg}: ${minutes} min`,
  phasesDone: (n: number, all: number) => `${n} of ${all} phases`,
  feelHeading: 'How do your legs feel now?',
  feelScaleHint: '0 not at all, 4 very',
  feelings: { heavy: 'Heavy', tired: 'Tired', swollen: 'Swollen' } satisfies Record<
    Feeling,
    string
  >,
  symptomsHeading: 'Anything new since you started?',
  symptoms: {
    'breathless-chest-pain': 'Breathlessness, chest pain or coughing blood',
    'one-leg-swelling-redness-heat': 'Swelling, redness, heat or sharp pain in one leg',
    'pain-numbness-tingling': 'Pain, numbness or tingling',
    bruising: 'Bruising',
    'skin-change': 'A rash, wound or skin infection',
  } satisfies Record<Symptom, string>,
  noteLabel: 'Note (optional)',
  save: 'Save to the log',
  skipLog: 'Do not log this session',
  logUnavailable: (why: string) =>
    `This browser does not let Proximal keep a log (${why}). Export it before you leave the page.`,

  // Week
  weekHeading: 'Your week',
  frequencyMaintenance: (min: number, max: number) => `Aim: ${min}–${max} sessions a week`,
  frequencyIntensive: 'Aim: every day',
  intensiveLabel:
    'My swelling is chronic and a doctor knows its cause (daily sessions, as the method allows)',
  thisWeek: (count: number) => `${count} session${count === 1 ? '' : 's'} this week`,
  weekMet: 'Aim reached',
  weekNotMet: (left: number) => `${left} more to reach your aim`,
  streak: (weeks: number) =>
    weeks === 0
      ? 'No streak yet: regular sessions count more than long ones.'
      : `${weeks} week${weeks === 1 ? '' : 's'} in a row on target`,
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  weeksChartLabel: 'Sessions in each of the last 8 weeks',
  weeksHeading: 'The last 8 weeks',
  weekBar: (label: string, count: number) => `Week of ${label}: ${count}`,
  nextSuggestion: (day: string) => `Next session: ${day}`,
  today: 'today',
  reminderHeading: 'Calendar reminder',
  reminderTime: 'Time',
  reminderTimes: 'Sessions a week',
  reminderDownload: 'Download reminder (.ics)',
  reminderTitle: 'Leg massage (Proximal)',
  reminderDescription: (minutes: number) =>
    `A circulatory leg massage of about ${minutes} minutes. Do the safety check first; never massage with signs of a clot.`,
  historyHeading: 'Sessions',
  noSessions: 'No sessions logged yet.',
  filesHeading: 'Export and import',
  exportJson: 'Export JSON',
  exportCsv: 'Export CSV',
  print: 'Print a summary',
  importLabel: 'Import a log (JSON or CSV)',
  imported: (n: number, rejected: number) =>
    `Imported ${n} session${n === 1 ? '' : 's'}${rejected > 0 ? `; ${rejected} could not be read and were left out` : ''}.`,
  importFailed: (why: string) => `Could not read that file: ${why}`,
  setAside: (n: number) =>
    n === 1
      ? '1 saved record could not be read and was set aside, not deleted. It is included in the JSON export.'
      : `${n} saved records could not be read and were set aside, not deleted. They are included in the JSON export.`,
  newSession: 'New session',
  seeWeek: 'Your week and log',
  loading: 'Reading the log…',
  printTitle: 'Leg massage log',
} as const;

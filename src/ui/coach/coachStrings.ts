/**
 * The session coach's text, by name (re-exported by `src/ui/strings.ts`): each entry reads its
 * key in `src/i18n/locales/<lang>/coach.json`. Text of the method itself comes from the protocol.
 */
import type { LegSide } from '../../anatomy/names';
import { t } from '../../i18n/instance';

export const COACH_TEXT = {
  get stepsLabel() {
    return t('coach:stepsLabel');
  },
  steps: {
    get check() {
      return t('coach:steps.check');
    },
    get prepare() {
      return t('coach:steps.prepare');
    },
    get session() {
      return t('coach:steps.session');
    },
    get log() {
      return t('coach:steps.log');
    },
    get week() {
      return t('coach:steps.week');
    },
  },
  get checkHeading() {
    return t('coach:checkHeading');
  },
  get checkNotDiagnosis() {
    return t('coach:checkNotDiagnosis');
  },
  get checkIntro() {
    return t('coach:checkIntro');
  },
  get yes() {
    return t('coach:yes');
  },
  get no() {
    return t('coach:no');
  },
  get signsLabel() {
    return t('coach:signsLabel');
  },
  get whatToDo() {
    return t('coach:whatToDo');
  },
  get beyondGuide() {
    return t('coach:beyondGuide');
  },
  get source() {
    return t('coach:source');
  },
  get blockedHeading() {
    return t('coach:blockedHeading');
  },
  get blockedLead() {
    return t('coach:blockedLead');
  },
  get blockedEmergency() {
    return t('coach:blockedEmergency');
  },
  get blockedCare() {
    return t('coach:blockedCare');
  },
  get consultHeading() {
    return t('coach:consultHeading');
  },
  get consultCleared() {
    return t('coach:consultCleared');
  },
  get keepOffHeading() {
    return t('coach:keepOffHeading');
  },
  get keepOffHowTo() {
    return t('coach:keepOffHowTo');
  },
  unanswered: (count: number) => t('coach:unanswered', { count }),
  get continueToPrepare() {
    return t('coach:continueToPrepare');
  },
  get prepareHeading() {
    return t('coach:prepareHeading');
  },
  get whoLabel() {
    return t('coach:whoLabel');
  },
  who: {
    get self() {
      return t('coach:who.self');
    },
    get partner() {
      return t('coach:who.partner');
    },
  },
  get minutesLabel() {
    return t('coach:minutesLabel');
  },
  perLeg: (minutes: number) => t('coach:perLeg', { minutes }),
  get speakLabel() {
    return t('coach:speakLabel');
  },
  get speakUnavailable() {
    return t('coach:speakUnavailable');
  },
  get setupHeading() {
    return t('coach:setupHeading');
  },
  setupProgress: (done: number, all: number) => t('coach:setupProgress', { done, all }),
  get positionHeading() {
    return t('coach:positionHeading');
  },
  position: {
    get self() {
      return t('coach:position.self');
    },
    get partner() {
      return t('coach:position.partner');
    },
  },
  get positionSource() {
    return t('coach:positionSource');
  },
  get start() {
    return t('coach:start');
  },
  get startNeedsSetup() {
    return t('coach:startNeedsSetup');
  },
  legLabel: {
    get right() {
      return t('coach:legLabel.right');
    },
    get left() {
      return t('coach:legLabel.left');
    },
  },
  get nowLabel() {
    return t('coach:nowLabel');
  },
  nextIn: (name: string, time: string) => t('coach:nextIn', { name, time }),
  nextLeg: (leg: LegSide, time: string) => t('coach:nextLeg', { leg, time }),
  lastPhase: (time: string) => t('coach:lastPhase', { time }),
  legTimer: (leg: LegSide, elapsed: string, total: string) =>
    t('coach:legTimer', { leg, elapsed, total }),
  sessionTimer: (elapsed: string, total: string) => t('coach:sessionTimer', { elapsed, total }),
  get pause() {
    return t('coach:pause');
  },
  get resume() {
    return t('coach:resume');
  },
  get paused() {
    return t('coach:paused');
  },
  get stop() {
    return t('coach:stop');
  },
  get stopHeading() {
    return t('coach:stopHeading');
  },
  get stopConfirm() {
    return t('coach:stopConfirm');
  },
  get stopCancel() {
    return t('coach:stopCancel');
  },
  stopWatch: (name: string, signs: string) => t('coach:stopWatch', { name, signs }),
  get clotStopAdvice() {
    return t('coach:clotStopAdvice');
  },
  stopReasons: {
    get pain() {
      return t('coach:stopReasons.pain');
    },
    get numbness() {
      return t('coach:stopReasons.numbness');
    },
    get 'clot-sign'() {
      return t('coach:stopReasons.clot-sign');
    },
    get interrupted() {
      return t('coach:stopReasons.interrupted');
    },
    get tired() {
      return t('coach:stopReasons.tired');
    },
    get other() {
      return t('coach:stopReasons.other');
    },
  },
  get wakeLockOn() {
    return t('coach:wakeLockOn');
  },
  speechPhase: (leg: LegSide, name: string) => t('coach:speechPhase', { leg, name }),
  get speechEnd() {
    return t('coach:speechEnd');
  },
  get logHeading() {
    return t('coach:logHeading');
  },
  get doneHeading() {
    return t('coach:doneHeading');
  },
  get completed() {
    return t('coach:completed');
  },
  stoppedEarly: (reason: string) => t('coach:stoppedEarly', { reason }),
  minutesOnLeg: (leg: LegSide, minutes: number) => t('coach:minutesOnLeg', { leg, minutes }),
  phasesDone: (n: number, all: number) => t('coach:phasesDone', { n, all }),
  get feelHeading() {
    return t('coach:feelHeading');
  },
  get feelScaleHint() {
    return t('coach:feelScaleHint');
  },
  feelings: {
    get heavy() {
      return t('coach:feelings.heavy');
    },
    get tired() {
      return t('coach:feelings.tired');
    },
    get swollen() {
      return t('coach:feelings.swollen');
    },
  },
  get symptomsHeading() {
    return t('coach:symptomsHeading');
  },
  symptoms: {
    get 'breathless-chest-pain'() {
      return t('coach:symptoms.breathless-chest-pain');
    },
    get 'one-leg-swelling-redness-heat'() {
      return t('coach:symptoms.one-leg-swelling-redness-heat');
    },
    get 'pain-numbness-tingling'() {
      return t('coach:symptoms.pain-numbness-tingling');
    },
    get bruising() {
      return t('coach:symptoms.bruising');
    },
    get 'skin-change'() {
      return t('coach:symptoms.skin-change');
    },
  },
  get noteLabel() {
    return t('coach:noteLabel');
  },
  get save() {
    return t('coach:save');
  },
  get skipLog() {
    return t('coach:skipLog');
  },
  logUnavailable: (why: string) => t('coach:logUnavailable', { why }),
  get weekHeading() {
    return t('coach:weekHeading');
  },
  frequencyMaintenance: (min: number, max: number) => t('coach:frequencyMaintenance', { min, max }),
  get frequencyIntensive() {
    return t('coach:frequencyIntensive');
  },
  get intensiveLabel() {
    return t('coach:intensiveLabel');
  },
  thisWeek: (count: number) => t('coach:thisWeek', { count }),
  get weekMet() {
    return t('coach:weekMet');
  },
  weekNotMet: (left: number) => t('coach:weekNotMet', { left }),
  streak: (weeks: number) => t('coach:streak', { weeks }),
  get weeksChartLabel() {
    return t('coach:weeksChartLabel');
  },
  get weeksHeading() {
    return t('coach:weeksHeading');
  },
  weekBar: (label: string, count: number) => t('coach:weekBar', { label, count }),
  nextSuggestion: (day: string) => t('coach:nextSuggestion', { day }),
  get today() {
    return t('coach:today');
  },
  get reminderHeading() {
    return t('coach:reminderHeading');
  },
  get reminderTime() {
    return t('coach:reminderTime');
  },
  get reminderTimes() {
    return t('coach:reminderTimes');
  },
  get reminderDownload() {
    return t('coach:reminderDownload');
  },
  get reminderTitle() {
    return t('coach:reminderTitle');
  },
  reminderDescription: (minutes: number) => t('coach:reminderDescription', { minutes }),
  get historyHeading() {
    return t('coach:historyHeading');
  },
  get noSessions() {
    return t('coach:noSessions');
  },
  get filesHeading() {
    return t('coach:filesHeading');
  },
  get exportJson() {
    return t('coach:exportJson');
  },
  get exportCsv() {
    return t('coach:exportCsv');
  },
  get print() {
    return t('coach:print');
  },
  get importLabel() {
    return t('coach:importLabel');
  },
  imported: (count: number, rejected: number) =>
    rejected > 0
      ? t('coach:importedSomeRejected', { count, rejected })
      : t('coach:imported', { count }),
  importFailed: (why: string) => t('coach:importFailed', { why }),
  setAside: (count: number) => t('coach:setAside', { count }),
  get newSession() {
    return t('coach:newSession');
  },
  get seeWeek() {
    return t('coach:seeWeek');
  },
  get loading() {
    return t('coach:loading');
  },
  get printTitle() {
    return t('coach:printTitle');
  },
};

/** The classroom's words (re-exported by src/ui/strings.ts). */
export const CLASSROOM_TEXT = {
  barLabel: 'Classroom',
  // Instructor
  codeLabel: 'Class code',
  joinAt: (url: string) => `Students open ${url} or scan the code`,
  qrLabel: (url: string) => `QR code to join the class: ${url}`,
  roster: (students: number, following: number) =>
    students === 0
      ? 'No students yet'
      : `${students} student${students === 1 ? '' : 's'}, ${following} following`,
  qrLarger: 'Larger code',
  qrSmaller: 'Smaller code',
  opening: 'Opening the class…',
  replaced: 'Another tab or window now drives this class.',
  takeBack: 'Drive the class from here',
  // Student
  following: 'Following the instructor',
  free: 'Looking around freely: the instructor’s changes wait for you',
  stepOut: 'Look around freely',
  followAgain: 'Back to the instructor’s view',
  joining: (code: string) => `Joining class ${code}…`,
  noClass: (code: string) => `No class with the code ${code} is open yet. Waiting for it…`,
  instructorAway: 'The instructor is not connected: waiting for them.',
  joinTitle: 'Join a class',
  joinCodeLabel: 'Class code',
  joinCodeHint: 'Six letters and digits, shown on the instructor’s screen',
  joinButton: 'Join',
  joinBadCode: 'That is not a class code: six letters and digits, such as ACD 347.',
  // Both, over the network
  reconnecting: 'Connection lost: reconnecting…',
  noServer: 'No classroom server answers here. Start one with “npm run classroom”. Trying again…',
  // Same device
  followingTab: 'Following the presenting tab',
  freeTab: 'Looking around freely: the presenting tab’s changes wait for you',
  waitingTab: 'Waiting for the presenting tab…',
  presenting: 'This tab is presenting: the other tab follows it.',
  stopPresenting: 'Stop presenting',
  presentToTab: 'Project to a second tab',
  presentToTabHint: 'Opens a tab that follows this one (for a projector), with no server',
  teachClass: 'Teach a class on the network',
  teachClassHint: 'With “npm run classroom” running: students follow you on their phones',
} as const;

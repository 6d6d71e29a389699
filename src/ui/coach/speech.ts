/**
 * Spoken cues with the browser's speech synthesis, only with a voice that runs on the device
 * (`localService`), so nothing the coach says is sent anywhere.
 */
export function speechAvailable(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window;
}

function deviceVoice(): SpeechSynthesisVoice | null {
  const voices = window.speechSynthesis.getVoices().filter((v) => v.localService);
  const lang = navigator.language.slice(0, 2);
  return (
    voices.find((v) => v.lang.startsWith(lang)) ??
    voices.find((v) => v.lang.startsWith('en')) ??
    null
  );
}

/** Says `text` with a voice on the device; says nothing when there is none. */
export function sayOnDevice(text: string): boolean {
  if (!speechAvailable()) return false;
  const voice = deviceVoice();
  if (!voice) return false;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
  return true;
}

export function stopSpeaking(): void {
  if (speechAvailable()) window.speechSynthesis.cancel();
}

/**
 * Read-aloud with the Web Speech API, only where the device has a voice for the language:
 * the control is hidden otherwise (no robotic English reading of Vietnamese text).
 */

/** The device's voice for `locale` (same language), if speech synthesis and such a voice exist. */
export function voiceFor(
  locale: string,
  synth: SpeechSynthesis | null = globalThis.speechSynthesis ?? null,
): SpeechSynthesisVoice | undefined {
  if (!synth) return undefined;
  const lang = locale.toLowerCase().split('-')[0];
  const voices = synth.getVoices();
  return (
    voices.find((v) => v.lang.toLowerCase() === locale.toLowerCase()) ??
    voices.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang)
  );
}

/** Speaks `text` with `voice`, interrupting anything already being read. */
export function speak(text: string, voice: SpeechSynthesisVoice, synth: SpeechSynthesis = globalThis.speechSynthesis): void {
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9;
  synth.speak(utterance);
}

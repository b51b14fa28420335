/**
 * Read-aloud with the Web Speech API, only where the device has a voice for the language:
 * the control is hidden otherwise (no robotic English reading of Vietnamese text).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {safeUrl} from '../../core/safe-url.js';

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

/**
 * Read-aloud for a card: re-renders the host when the device's voices arrive (browsers load
 * them late), plays a phrase's recording or reads it with the voice `voice(locale)` gives.
 */
export class SpeechController implements ReactiveController {
  private readonly onVoices = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly voice: (locale: string) => SpeechSynthesisVoice | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.speechSynthesis?.addEventListener?.('voiceschanged', this.onVoices);
  }

  hostDisconnected(): void {
    globalThis.speechSynthesis?.removeEventListener?.('voiceschanged', this.onVoices);
  }

  /** Plays `audio` (resolved against `base`) when it is a safe URL, else reads `text` in `locale`. */
  say(text: string, locale: string, audio?: string, base?: string): void {
    const src = audio && safeUrl(audio, {base, protocols: ['https:', 'http:']});
    if (src) {
      void new Audio(src).play().catch(() => undefined);
      return;
    }
    const voice = this.voice(locale);
    if (voice) speak(text, voice);
  }

  /** Stops anything being read. */
  stop(): void {
    globalThis.speechSynthesis?.cancel();
  }
}

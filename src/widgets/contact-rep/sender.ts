/**
 * Validation of the sender's details. Errors come back as codes per field; the element turns
 * them into translated messages. Plain checks, not zod: this file is on the form's first screen,
 * and zod/mini would bring the whole validator chunk (16 KB) to every page with the form (issue 15).
 */
import {readZip} from '../../core/zip.js';
import type {Sender} from './template.js';

export type SenderField = keyof Sender;
export type SenderError = 'required' | 'zip' | 'email' | 'too-long';

const MAX = 200;
const FIELDS: readonly SenderField[] = ['name', 'zip', 'street', 'city', 'email'];

/** The first problem of one trimmed field, or undefined. */
function problem(field: SenderField, value: string): SenderError | undefined {
  if ((field === 'name' || field === 'zip') && !value) return 'required';
  if (field === 'zip') return /^\d{5}$/.test(value) ? undefined : 'zip';
  if (field === 'email') return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? undefined : 'email';
  return value.length > MAX ? 'too-long' : undefined;
}

export type SenderValidation =
  | {ok: true; sender: Sender}
  | {ok: false; errors: Partial<Record<SenderField, SenderError>>};

/** Trims every field (empty optional fields are dropped; a ZIP+4 gives its 5 digits) and checks them. */
export function validateSender(input: Partial<Record<SenderField, string>>): SenderValidation {
  const trimmed: Partial<Record<SenderField, string>> = {};
  for (const [key, value] of Object.entries(input) as [SenderField, string | undefined][]) {
    const t = value?.trim();
    if (t || key === 'name' || key === 'zip') trimmed[key] = t ?? '';
  }
  trimmed.name ??= '';
  trimmed.zip = readZip(trimmed.zip ?? '') ?? trimmed.zip ?? '';
  const errors: Partial<Record<SenderField, SenderError>> = {};
  const sender: Partial<Sender> = {};
  for (const field of FIELDS) {
    const value = trimmed[field];
    if (value === undefined) continue;
    const error = problem(field, value);
    if (error) errors[field] = error;
    else sender[field] = value;
  }
  if (!Object.keys(errors).length) return {ok: true, sender: sender as Sender};
  return {ok: false, errors};
}

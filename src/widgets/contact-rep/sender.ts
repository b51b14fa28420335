/**
 * Validation of the sender's details with zod/mini. Errors come back as codes per field; the
 * element turns them into translated messages (zod's own English never reaches the page).
 */
import * as z from 'zod/mini';
import {readZip} from '../../core/zip.js';
import type {Sender} from './template.js';

export type SenderField = keyof Sender;
export type SenderError = 'required' | 'zip' | 'email' | 'too-long';

const optional = z.optional(z.string().check(z.maxLength(200, 'too-long')));

const SenderSchema = z.object({
  name: z.string().check(z.minLength(1, 'required'), z.maxLength(200, 'too-long')),
  zip: z.string().check(z.minLength(1, 'required'), z.regex(/^\d{5}$/, 'zip')),
  street: optional,
  city: optional,
  email: z.optional(z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'email'))),
});

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
  const result = SenderSchema.safeParse(trimmed);
  if (result.success) return {ok: true, sender: result.data};
  const errors: Partial<Record<SenderField, SenderError>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as SenderField;
    errors[field] ??= (['required', 'zip', 'email', 'too-long'].includes(issue.message) ? issue.message : 'required') as SenderError;
  }
  return {ok: false, errors};
}

import { logoRun } from '../docx/logo';
import type { ErrorCode } from '../model/errors';
import { AppError } from '../model/errors';
import { safeFileBase } from '../model/fileName';
import type { Template } from '../model/template';
import { migrateTemplate, TEMPLATE_SCHEMA_VERSION, TemplateSchema, templateVersionOf } from '../model/template';
import { checkTitlePattern } from './titlePattern';

/** The largest template file Briefwright reads: room for a logo, not for a hostile giant. */
export const MAX_TEMPLATE_FILE_CHARS = 8_000_000;
/** The longest any single text in a template may be, except the logo. */
const MAX_TEXT_CHARS = 100_000;
const MAX_LOGO_CHARS = 6_000_000;
const MAX_DEPTH = 32;
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks a template's fields and its title pattern, answering the template with defaults filled in,
 * or throwing an AppError that names the first problem in the analyst's words.
 */
export function checkedTemplate(raw: unknown, what = 'This template', code: ErrorCode = 'invalid-file'): Template {
  const parsed = TemplateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    const params = issue?.code === 'custom' ? (issue.params as { code?: ErrorCode } | undefined) : undefined;
    if (params?.code === 'too-large') throw new AppError('too-large', `${what} is too large: ${issue.message}. Remove phrases or split it into two templates.`);
    throw new AppError(code, `${what} is not a valid Briefwright template${where}: ${issue?.message ?? 'it could not be read'}.`);
  }
  try {
    checkTitlePattern(parsed.data.titlePattern);
    // A logo that would fail at export is refused now, while the analyst still knows where it came from.
    if (parsed.data.exportOptions.logoPng) logoRun(parsed.data.exportOptions.logoPng);
  } catch (error) {
    throw new AppError(code, (error as Error).message);
  }
  return parsed.data;
}

/** Refuses keys that could reach an object's prototype, and texts long enough to be an attack rather than a template. */
function refuseHostile(value: unknown, path: string[] = []): void {
  if (path.length > MAX_DEPTH) throw new AppError('invalid-file', 'This template file is nested far deeper than a template is; it was not imported.');
  if (typeof value === 'string') {
    const isLogo = path.join('.') === 'exportOptions.logoPng' || path.join('.') === 'style.logoPng';
    if (value.length > (isLogo ? MAX_LOGO_CHARS : MAX_TEXT_CHARS)) {
      throw new AppError('too-large', `This template file has a text of ${value.length.toLocaleString('en-GB')} characters at ${path.join('.') || 'its top'}, far more than a template holds. It was not imported.`);
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const key of Object.keys(value)) {
    if (HOSTILE_KEYS.has(key)) throw new AppError('invalid-file', `This template file contains the key "${key}", which no Briefwright template has; it looks tampered with and was not imported.`);
    refuseHostile((value as Record<string, unknown>)[key], [...path, key]);
  }
}

/**
 * A template file's text (as exported by Briefwright, possibly from an older version) → a checked Template.
 * Anything else — not JSON, not a template, from a newer Briefwright, hostile — throws an AppError and changes nothing.
 */
export function parseTemplateFile(text: string): Template {
  if (text.length > MAX_TEMPLATE_FILE_CHARS) {
    throw new AppError('too-large', `This template file is ${(text.length / 1e6).toFixed(1)} MB; a Briefwright template is at most ${MAX_TEMPLATE_FILE_CHARS / 1e6} MB. It was not imported.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('invalid-file', 'This file is not a Briefwright template: it is not JSON. Choose a template exported from Briefwright (a .json file).');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new AppError('invalid-file', 'This file is not a Briefwright template: it holds no template. Choose a template exported from Briefwright.');
  }
  refuseHostile(raw);
  const version = templateVersionOf(raw);
  if (version === null) {
    throw new AppError('invalid-file', 'This file is not a Briefwright template: it has no schemaVersion. Choose a template exported from Briefwright.');
  }
  if (version > TEMPLATE_SCHEMA_VERSION) {
    throw new AppError('invalid-file', `This template was saved by a newer version of Briefwright (template format ${version}; this version reads up to ${TEMPLATE_SCHEMA_VERSION}). Update Briefwright to import it.`);
  }
  return checkedTemplate(migrateTemplate(raw), 'This file');
}

/** A template as a file to hand to a colleague: pretty JSON, ending with a newline. */
export function templateFileText(template: Template): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}

/** "Ukraine Daily.briefwright-template.json", safe on every file system. */
export function templateFileName(template: Pick<Template, 'name'>): string {
  const base = safeFileBase(template.name, 100);
  return `${base || 'Template'}.briefwright-template.json`;
}

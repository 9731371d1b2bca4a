import { AppError } from '../model/errors';
import type { ExportOptions, ExportOptionsInput } from '../model/exportOptions';
import { ExportOptionsSchema } from '../model/exportOptions';

/** Any subset of the options (a `Partial<ExportOptions>`, or a template's stored options) → a complete set. */
export function resolveExportOptions(options: ExportOptionsInput | undefined): ExportOptions {
  const parsed = ExportOptionsSchema.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || 'options';
  throw new AppError('invalid-input', `The export option “${where}” is not valid: ${issue?.message ?? 'check it and try again'}.`);
}

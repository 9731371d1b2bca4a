import { z } from 'zod';

export const SETTINGS_SCHEMA_VERSION = 1;

/**
 * What the organisation sets once for every briefing, kept in the library as `settings.json`:
 * the default classification marking (templates and briefings may override it) and the most words a
 * briefing may quote from one source (fair dealing, licence terms).
 */
export const SettingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  defaultClassification: z.string().max(200).nullable().default(null),
  quoteWordLimit: z.number().int().min(1).max(100_000).nullable().default(null),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { schemaVersion: SETTINGS_SCHEMA_VERSION, defaultClassification: null, quoteWordLimit: null };

/** The marking a briefing goes out with: its own (or its export style's), else the organisation's default. */
export function effectiveMarking(briefing: { classification: string; exportOptions?: { classification: string } }, settings: Settings): string {
  return briefing.exportOptions?.classification || briefing.classification || settings.defaultClassification || '';
}

/** The warning an export without any marking gets, in the Export dialog and on the command line. */
export const UNMARKED_WARNING =
  'This document will go out with no classification marking. Type one, or set your organisation’s default marking once for every briefing.';

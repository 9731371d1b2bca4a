import type { Briefing } from '../model/briefing';
import type { ExportOptions } from '../model/exportOptions';

/** Up to this many sections, the linked contents fit on the cover (or, without a cover, are not worth a page of their own). */
export const SHORT_CONTENTS = 6;

/** Where the contents go: a page of their own, on the cover, or nowhere (short contents without a cover, or none asked for). */
export function contentsPlace(briefing: Pick<Briefing, 'sections'>, opts: Pick<ExportOptions, 'contents' | 'cover'>): 'page' | 'cover' | 'none' {
  if (opts.contents === 'none') return 'none';
  if (opts.contents === 'field' || briefing.sections.length > SHORT_CONTENTS) return 'page';
  return opts.cover ? 'cover' : 'none';
}

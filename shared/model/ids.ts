import { z } from 'zod';

/**
 * What every id in the library looks like: letters, digits, `-` and `_`, at most 120, and never a name every
 * JavaScript object already has (`__proto__`, `constructor`, `prototype`). Ids name files and key tables, so one
 * rule keeps both a path and a lookup from being steered by a file.
 */
export const SAFE_ID = /^(?!(?:__proto__|constructor|prototype)$)[A-Za-z0-9_-]{1,120}$/;

export const SafeIdSchema = z.string().regex(SAFE_ID, 'an id of letters, digits, - and _');

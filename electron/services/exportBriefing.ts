import { Packer } from 'docx';
import { buildDocument } from '../../shared/docx/buildDocument';
import { exportWithTemplate } from '../../shared/docx/template';
import type { Briefing } from '../../shared/model/briefing';
import type { BriefingRef } from '../../shared/ipc/contract';
import type { Library } from './library';
import { readWordTemplate } from './wordTemplates';
import { readSettings } from './settings';
import { effectiveMarking } from '../../shared/model/settings';
import { safeFileBase } from '../../shared/model/fileName';

/** The briefing an export names: the library's by id, or the one given whole. */
export async function briefingOf(library: Library, ref: BriefingRef): Promise<Briefing> {
  return 'briefing' in ref ? ref.briefing : library.briefings.get(ref.briefingId);
}

/** A file name an analyst would choose: the briefing title, made safe for every file system. */
export function docxFileName(briefing: Briefing): string {
  const base = safeFileBase(briefing.title);
  return `${base || `Briefing ${briefing.date}`}.docx`;
}

/**
 * Briefing → the bytes of a .docx. The document is built in shared/docx; packing happens here, at the edge.
 * A briefing made from a template carries the template's export style, and is exported in it.
 */
export async function renderDocx(given: Briefing, library?: Library): Promise<Uint8Array> {
  // A briefing with no marking of its own goes out under the organisation's default marking.
  const briefing = library ? { ...given, classification: effectiveMarking(given, await readSettings(library)) } : given;
  const templateId = briefing.exportOptions?.wordTemplateId;
  if (templateId && library) return exportWithTemplate(briefing, await readWordTemplate(library, templateId), briefing.exportOptions);
  const buffer = await Packer.toBuffer(buildDocument(briefing, briefing.exportOptions));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

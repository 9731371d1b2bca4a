import { basename } from 'node:path';
import type { Template } from '../../shared/model/template';
import { isBuiltInTemplateId } from '../../shared/templates/builtInTemplates';
import { renderTitle } from '../../shared/templates/titlePattern';
import { todayIso } from '../../shared/model/newBriefing';
import { writeFileAtomic } from '../services/atomicWrite';
import type { CliContext } from './cliContext';
import { readArgs, text, UsageError } from './cliContext';
import { call, withCore } from './cliCore';
import { readTemplateFile } from './resolveTemplate';

function describeRules(template: Template['sections'][number]): string {
  if (template.rules.length === 0) return 'filled by hand';
  return template.rules
    .map((rule) => {
      const parts = [
        rule.kinds.length ? `${rule.kinds.join('/')}s` : '',
        rule.keywords.length ? `about ${rule.keywords.slice(0, 8).join(', ')}${rule.keywords.length > 8 ? ', …' : ''}` : '',
        rule.speakers.length ? `said by ${rule.speakers.join(', ')}` : '',
        rule.publications.length ? `in ${rule.publications.join(', ')}` : '',
      ].filter(Boolean);
      return parts.length ? parts.join(' ') : 'everything no other section takes';
    })
    .join('; or ');
}

function showTemplate(template: Template): string {
  const o = template.exportOptions;
  const lines = [
    `${template.name}${isBuiltInTemplateId(template.id) ? ' (built in)' : ''}  [${template.id}]`,
    template.description,
    `Title:          ${template.titlePattern}  →  ${renderTitle(template.titlePattern, todayIso())}`,
    `Classification: ${template.classification || '(none)'}`,
    `Export:         ${o.cover ? 'cover page' : 'no cover'}, contents ${o.contents}, sources as ${o.sourceStyle}, figures as a ${o.figuresAs}, ${o.fonts.body} ${o.sizes.body} pt`,
    'Sections:',
    ...template.sections.map((s, i) => `  ${i + 1}. ${s.title} — ${describeRules(s)}${s.intro ? `\n     “${s.intro.slice(0, 120)}${s.intro.length > 120 ? '…' : ''}”` : ''}`),
  ];
  return `${lines.filter((l) => l !== '').join('\n')}\n`;
}

/** `briefwright templates …`: list, show, import and export the library's templates, through the contract's template methods. */
export async function templatesCommand(args: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = args;
  const { values, positional } = readArgs(rest, { out: { type: 'string' }, json: { type: 'boolean' } });
  const out = text(values, 'out');
  const wants = (count: number, needsOut = false) => positional.length === count && (!needsOut || out !== undefined);
  const ok = (action === 'list' && wants(0)) || (action === 'show' && wants(1)) || (action === 'import' && wants(1)) || (action === 'export' && wants(1, true));
  if (!ok) throw new UsageError('say what to do with the templates.');
  return withCore(ctx, async (core) => {
    if (action === 'list') {
      const list = await call(core, 'listTemplates', {});
      if (values.json) ctx.stdout.write(`${JSON.stringify(list, null, 1)}\n`);
      else for (const t of list) ctx.stdout.write(`${t.name.padEnd(32)} ${String(t.sectionCount).padStart(2)} sections  ${t.builtIn ? 'built in' : t.id}\n`);
    } else if (action === 'import') {
      const template = await call(core, 'importTemplate', { fileName: basename(positional[0]), data: await readTemplateFile(positional[0]) });
      ctx.stdout.write(`imported  "${template.name}" (${template.id})\n`);
    } else {
      const template = await call(core, 'getTemplate', { name: positional[0] });
      if (action === 'show' && !values.json) {
        ctx.stdout.write(showTemplate(template));
      } else {
        const file = await call(core, 'exportTemplate', { id: template.id });
        if (action === 'show') ctx.stdout.write(file.data);
        else {
          await writeFileAtomic(out!, file.data);
          ctx.stdout.write(`wrote ${out}\n`);
        }
      }
    }
    return 0;
  });
}

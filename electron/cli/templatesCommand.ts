import { describeError } from '../../shared/model/errors';
import type { Template } from '../../shared/model/template';
import { isBuiltInTemplateId } from '../../shared/templates/builtInTemplates';
import { templateFileText } from '../../shared/templates/templateFile';
import { renderTitle } from '../../shared/templates/titlePattern';
import { todayIso } from '../../shared/model/newBriefing';
import { TemplateStore } from '../services/templates';
import type { CliContext } from './cliContext';
import { cliLibrary, parseArgs } from './cliContext';
import { readTemplateFile } from './resolveTemplate';
import { writeOut } from './writeOut';

const USAGE = 'usage: briefwright templates list [--json] | show NAME [--json] | import FILE | export NAME --out FILE';

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

/** `briefwright templates …`: list, show, import and export the library's templates. */
export async function templatesCommand(args: string[], ctx: CliContext): Promise<number> {
  const [action, ...rest] = args;
  let parsed;
  try {
    parsed = parseArgs(rest, ['out'], ['json']);
  } catch (error) {
    ctx.stderr.write(`briefwright templates: ${(error as Error).message}\n`);
    return 2;
  }
  const { positional, options } = parsed;
  const wants = (count: number, option?: 'out') => positional.length === count && (option === undefined || typeof options[option] === 'string');
  const ok =
    (action === 'list' && wants(0)) || (action === 'show' && wants(1)) || (action === 'import' && wants(1)) || (action === 'export' && wants(1, 'out'));
  if (!ok) {
    ctx.stderr.write(`briefwright templates: ${USAGE}\n`);
    return 2;
  }
  const store = new TemplateStore(cliLibrary(ctx).root, (p) => ctx.stderr.write(`Moved aside an unreadable template: ${p.file} (${p.reason})\n`));
  try {
    if (action === 'list') {
      const list = await store.list();
      if (options.json) {
        ctx.stdout.write(`${JSON.stringify(list, null, 1)}\n`);
      } else {
        for (const t of list) ctx.stdout.write(`${t.name.padEnd(32)} ${String(t.sectionCount).padStart(2)} sections  ${t.builtIn ? 'built in' : t.id}\n`);
      }
    } else if (action === 'show') {
      const template = await store.find(positional[0]);
      ctx.stdout.write(options.json ? templateFileText(template) : showTemplate(template));
    } else if (action === 'import') {
      const template = await store.importText(templateFileText(await readTemplateFile(positional[0])));
      ctx.stdout.write(`imported  "${template.name}" (${template.id})\n`);
    } else {
      const template = await store.find(positional[0]);
      await writeOut(String(options.out), templateFileText(template));
      ctx.stdout.write(`wrote ${String(options.out)}\n`);
    }
  } catch (error) {
    ctx.stderr.write(`briefwright templates: ${describeError(error).message}\n`);
    return 1;
  }
  return 0;
}

// A child process for the kill -9 test: saves, imports and quarantines in a library as fast as it can, printing a
// line for every write the core acknowledged, until it is killed.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServices } from '../../electron/services/createServices';
import { openLibrary } from '../../electron/services/library';
import { newItem } from '../../shared/model/newBriefing';

const root = process.argv[2];
const library = openLibrary(root);
const core = createServices(library);
const ack = (line: string) => process.stdout.write(`ack ${line}\n`);

async function saves(worker: number): Promise<never> {
  const briefing = await core.createBriefing({ title: `Worker ${worker} v0` });
  ack(`briefing ${briefing.id} 0`);
  for (let version = 1; ; version++) {
    briefing.title = `Worker ${worker} v${version}`;
    briefing.sections[0].items.push(newItem({ kind: 'note', text: `Note ${version} `.repeat(50), source: null }));
    await core.saveBriefing({ briefing });
    ack(`briefing ${briefing.id} ${version}`);
  }
}

async function imports(worker: number): Promise<never> {
  for (let n = 0; ; n++) {
    const text = `Report ${worker}-${n}\n\n${Array.from({ length: 20 }, (_, p) => `Paragraph ${p} of report ${worker}-${n}: the harbour authority said ${n * 7 + p} berths would open.`).join('\n\n')}`;
    const outcome = await core.importText({ text, name: `report-${worker}-${n}` });
    if (outcome.ok) ack(`article ${outcome.article.id}`);
  }
}

async function quarantines(): Promise<never> {
  for (let n = 0; ; n++) {
    const id = `brf_damaged_${n}`;
    await writeFile(join(root, 'briefings', `${id}.json`), `{"schemaVersion": 1, "id": "${id}", "title": 42`);
    await core.listBriefings({});
    ack(`quarantined ${id}`);
  }
}

await core.listBriefings({});
process.stdout.write('ready\n');
await Promise.all([saves(1), saves(2), imports(1), imports(2), quarantines()]);

// A rendered page compared with an approved picture, so a layout regression fails a test.
// Rendering: LibreOffice headless → PDF → pdftoppm (greyscale, 30 dpi). To approve a new look after a deliberate
// change, run `BRIEFWRIGHT_APPROVE=1 npx vitest run shared/docx/approvedPage.test.ts`, look at the picture, commit it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportOptionsInput } from '../model/exportOptions';
import { buildDocument } from './buildDocument';
import { sampleBriefing } from './sampleBriefing';

const APPROVED_DIR = join(import.meta.dirname, '__approved__');
const APPROVED = join(APPROVED_DIR, 'sample-body-page.pgm');
const APPROVED_FONT = join(APPROVED_DIR, 'sample-body-page.font.txt');
const approving = process.env.BRIEFWRIGHT_APPROVE === '1';

const works = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
/** The font this machine draws Calibri with: the picture only means something where it is the same one. */
const calibriStandIn = () => execFileSync('fc-match', ['-f', '%{family}', 'Calibri'], { encoding: 'utf8' }).trim();

function skipReason(): string {
  if (!(works('soffice', ['--version']) && works('pdftoppm', ['-v']) && works('fc-match', ['--version']))) {
    return 'LibreOffice (soffice), pdftoppm or fc-match is not installed';
  }
  if (approving || !existsSync(APPROVED_FONT)) return '';
  const approvedFont = readFileSync(APPROVED_FONT, 'utf8').trim();
  const here = calibriStandIn();
  return approvedFont === here ? '' : `the approved picture was drawn with ${approvedFont} for Calibri, this machine has ${here}`;
}
const skip = skipReason();

type Picture = { width: number; height: number; pixels: Uint8Array };

/** Reads a binary greyscale PGM (P5, 8 bits), as pdftoppm -gray writes it. */
function readPgm(bytes: Uint8Array): Picture {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 40)));
  if (!header) throw new Error('not an 8-bit binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(header[0].length, header[0].length + width * height) };
}

/** Share of 6×6-pixel blocks whose mean grey differs by more than 20 levels: blind to anti-aliasing, not to layout. */
function differingBlocks(a: Picture, b: Picture): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  const size = 6;
  let blocks = 0;
  let differing = 0;
  for (let by = 0; by < a.height; by += size) {
    for (let bx = 0; bx < a.width; bx += size) {
      let sumA = 0;
      let sumB = 0;
      let n = 0;
      for (let y = by; y < Math.min(by + size, a.height); y += 1) {
        for (let x = bx; x < Math.min(bx + size, a.width); x += 1) {
          sumA += a.pixels[y * a.width + x];
          sumB += b.pixels[y * a.width + x];
          n += 1;
        }
      }
      blocks += 1;
      if (Math.abs(sumA - sumB) / n > 20) differing += 1;
    }
  }
  return differing / blocks;
}

const dir = mkdtempSync(join(tmpdir(), 'briefwright-approved-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OPTIONS: ExportOptionsInput = { classification: 'OFFICIAL-SENSITIVE', preparedBy: 'Energy desk', preparedFor: 'The minister' };

/** Page 3 (the body) of the sample briefing as LibreOffice draws it. */
async function renderBodyPages(variants: Record<string, ExportOptionsInput>): Promise<Record<string, Picture>> {
  const files = await Promise.all(Object.entries(variants).map(async ([name, options]) => {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, await Packer.toBuffer(buildDocument(sampleBriefing(), options)));
    return file;
  }));
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      stdio: 'ignore', timeout: 120_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pictures: Record<string, Picture> = {};
  for (const name of Object.keys(variants)) {
    execFileSync('pdftoppm', ['-r', '30', '-gray', '-f', '3', '-l', '3', '-singlefile', join(dir, `${name}.pdf`), join(dir, name)]);
    pictures[name] = readPgm(readFileSync(join(dir, `${name}.pgm`)));
  }
  return pictures;
}

describe.skipIf(skip)(`the rendered page matches the approved picture${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let pages: Record<string, Picture>;
  beforeAll(async () => {
    pages = await renderBodyPages({ current: OPTIONS, figuresAsList: { ...OPTIONS, figuresAs: 'list' } });
    if (approving) {
      mkdirSync(APPROVED_DIR, { recursive: true });
      writeFileSync(APPROVED, readFileSync(join(dir, 'current.pgm')));
      writeFileSync(APPROVED_FONT, `${calibriStandIn()}\n`);
    }
  }, 180_000);

  it('draws the body page as approved, within a tolerance', () => {
    expect(existsSync(APPROVED), `no approved picture yet: run with BRIEFWRIGHT_APPROVE=1 and commit ${APPROVED}`).toBe(true);
    const approved = readPgm(readFileSync(APPROVED));
    expect(differingBlocks(pages.current, approved)).toBeLessThan(0.01);
  });

  it('notices a change of layout (figures as a list instead of a table)', () => {
    const approved = readPgm(readFileSync(APPROVED));
    expect(differingBlocks(pages.figuresAsList, approved)).toBeGreaterThan(0.03);
  });
});

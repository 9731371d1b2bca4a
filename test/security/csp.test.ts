import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../electron/services/pageSecurity';

type CspFinding = { severity: number; directive: string; description: string };
type CspModule = {
  CspParser: new (csp: string) => { csp: unknown };
  CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): CspFinding[] };
  Version: { CSP3: unknown };
  severities: Record<'HIGH' | 'SYNTAX' | 'MEDIUM' | 'HIGH_MAYBE' | 'STRICT_CSP' | 'MEDIUM_MAYBE' | 'INFO', number>;
};
// Google's CSP Evaluator, the engine behind electronegativity's CSP check.
const csp = createRequire(import.meta.url)('@doyensec/csp-evaluator') as CspModule;

const root = join(import.meta.dirname, '..', '..');

function metaCsp(html: string): string | null {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  return match ? match[1].replace(/\s+/g, ' ').trim() : null;
}

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

/**
 * The one finding we accept: "'self' can be problematic if you host JSONP, Angular or user uploaded
 * files". app://briefwright serves only the built renderer — no JSONP, no Angular, nothing uploaded.
 */
function unreviewed(findings: CspFinding[]): CspFinding[] {
  return findings.filter(
    (f) => f.severity < csp.severities.INFO && !(f.severity === csp.severities.MEDIUM_MAYBE && f.directive === 'script-src' && f.description.includes("'self'")),
  );
}

const policies: [string, string | null][] = [
  ['the header on every desktop and browser-host page (PAGE_CSP)', PAGE_CSP],
  ['the meta tag of renderer/index.html', metaCsp(readFileSync(join(root, 'renderer', 'index.html'), 'utf8'))],
];
const built = join(root, 'out', 'renderer', 'index.html');
if (existsSync(built)) policies.push(['the meta tag of the built page', metaCsp(readFileSync(built, 'utf8'))]);

describe.each(policies)('the Content Security Policy: %s', (_where, policy) => {
  it('exists', () => {
    expect(policy).toBeTruthy();
  });

  it('runs only our own scripts: no inline script, no eval, no other origin', () => {
    const map = directives(policy!);
    const scripts = map.get('script-src') ?? map.get('default-src') ?? [];
    expect(scripts).toEqual(["'self'"]);
    expect(map.get('default-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*/);
  });

  it('shuts plugins, <base> and framing out', () => {
    const map = directives(policy!);
    expect(map.get('object-src')).toEqual(["'none'"]);
    expect(map.get('base-uri')).toEqual(["'none'"]);
    expect(map.get('form-action')).toEqual(["'none'"]);
  });

  it("passes Google's CSP Evaluator", () => {
    const findings = new csp.CspEvaluator(new csp.CspParser(policy!).csp, csp.Version.CSP3).evaluate();
    expect(unreviewed(findings)).toEqual([]);
  });
});

describe('the header', () => {
  it('also forbids framing (a meta tag cannot)', () => {
    expect(directives(PAGE_CSP).get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('the evaluator', () => {
  it('does object to a policy with inline scripts', () => {
    const weak = "default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'";
    expect(unreviewed(new csp.CspEvaluator(new csp.CspParser(weak).csp, csp.Version.CSP3).evaluate()).length).toBeGreaterThan(0);
  });
});

describe('the built page', () => {
  it.skipIf(!existsSync(built))('has no inline script to need unsafe-inline', () => {
    const html = readFileSync(built, 'utf8');
    for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
      expect(tag).toMatch(/\ssrc=/);
      expect(tag.replace(/<script\b[^>]*>/i, '').replace(/<\/script>$/i, '').trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

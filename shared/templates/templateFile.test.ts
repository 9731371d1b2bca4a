import { describe, expect, it } from 'vitest';
import { TEMPLATE_SCHEMA_VERSION } from '../model/template';
import { BUILT_IN_TEMPLATES } from './builtInTemplates';
import { parseTemplateFile, templateFileName, templateFileText } from './templateFile';

const daily = BUILT_IN_TEMPLATES[0];
const fileOf = (fields: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(templateFileText(daily)), ...fields });

function refusal(text: string): { code: string; message: string } {
  try {
    parseTemplateFile(text);
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error('the file was accepted');
}

describe('template files', () => {
  it('reads back what it writes', () => {
    for (const template of BUILT_IN_TEMPLATES) expect(parseTemplateFile(templateFileText(template))).toEqual(template);
    expect(parseTemplateFile(`\uFEFF${templateFileText(daily)}`)).toEqual(daily);
  });

  it('names the file after the template, safely', () => {
    expect(templateFileName({ name: 'Ukraine: Daily / AM' })).toBe('Ukraine Daily AM.briefwright-template.json');
    expect(templateFileName({ name: '...' })).toBe('Template.briefwright-template.json');
  });

  it('refuses a file that is not JSON, or not a template, in plain words', () => {
    expect(refusal('PK\u0003\u0004 a zip')).toMatchObject({ code: 'invalid-file', message: expect.stringContaining('not JSON') });
    expect(refusal('[1, 2]')).toMatchObject({ code: 'invalid-file', message: expect.stringContaining('holds no template') });
    expect(refusal('null')).toMatchObject({ code: 'invalid-file' });
    expect(refusal('{"name": "x"}')).toMatchObject({ code: 'invalid-file', message: expect.stringContaining('no schemaVersion') });
    expect(refusal(fileOf({ sections: [] }))).toMatchObject({ code: 'invalid-file', message: expect.stringContaining('sections') });
    expect(refusal(fileOf({ name: 42 }))).toMatchObject({ code: 'invalid-file', message: expect.stringContaining('name') });
  });

  it('refuses a template from a newer Briefwright, saying to update', () => {
    const refused = refusal(fileOf({ schemaVersion: TEMPLATE_SCHEMA_VERSION + 1 }));
    expect(refused.code).toBe('invalid-file');
    expect(refused.message).toMatch(/newer version of Briefwright.*Update Briefwright/);
    expect(refusal(fileOf({ schemaVersion: 0 })).message).toContain('no schemaVersion');
    expect(refusal(fileOf({ schemaVersion: '2' })).message).toContain('no schemaVersion');
  });

  it('refuses keys that reach for the prototype, wherever they hide, and pollutes nothing', () => {
    const top = templateFileText(daily).replace('{', '{"__proto__": {"polluted": true},');
    expect(refusal(top)).toMatchObject({ code: 'invalid-file', message: expect.stringContaining('__proto__') });
    const deep = fileOf({ exportOptions: { constructor: { prototype: { polluted: true } } } });
    expect(refusal(deep)).toMatchObject({ code: 'invalid-file', message: expect.stringContaining('constructor') });
    const inSection = templateFileText(daily).replace('"rules": [', '"rules": [{"__proto__": {"isAdmin": true}},');
    expect(refusal(inSection).code).toBe('invalid-file');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses huge texts and huge files before doing anything with them', () => {
    expect(refusal(fileOf({ description: 'x'.repeat(200_000) }))).toMatchObject({ code: 'too-large', message: expect.stringContaining('description') });
    expect(refusal(fileOf({ name: 'y'.repeat(5000) })).code).toBe('invalid-file');
    expect(refusal(' '.repeat(9_000_000)).code).toBe('too-large');
  });

  it('refuses a title pattern it cannot fill', () => {
    expect(refusal(fileOf({ titlePattern: 'Daily {weekday}' }))).toMatchObject({ code: 'invalid-file', message: expect.stringContaining('{weekday}') });
  });

  it('refuses a logo that is not a PNG, and takes one that is', () => {
    const notPng = fileOf({ exportOptions: { logoPng: btoa('GIF89a and some more bytes here') } });
    expect(refusal(notPng)).toMatchObject({ code: 'invalid-file', message: expect.stringContaining('PNG') });
    const header = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 40, 0, 0, 0, 20]);
    const png = btoa(String.fromCharCode(...header));
    expect(parseTemplateFile(fileOf({ exportOptions: { logoPng: png } })).exportOptions.logoPng).toBe(png);
  });

  it('survives deeply nested junk', () => {
    const nested = `{"schemaVersion": 2, "junk": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    expect(refusal(nested)).toMatchObject({ code: 'invalid-file', message: expect.stringContaining('nested') });
  });
});

import { describe, expect, it } from 'vitest';
import { migrateTemplate, StoredTemplateSchema, TEMPLATE_SCHEMA_VERSION, TemplateSchema } from './template';

/** A template as the first version of the format wrote it. */
const VERSION_1 = {
  schemaVersion: 1,
  id: 'tpl_old',
  name: 'Ukraine Daily',
  title: 'Ukraine Daily — {date:d MMMM yyyy}',
  classification: 'OFFICIAL',
  sections: [
    { title: 'Front line', intro: 'Overnight fighting.', keywords: ['shelling', 'drone*'] },
    { title: 'Quotes', kinds: ['quote'] },
    { title: 'Notes' },
  ],
  style: { cover: false, fonts: { body: 'Georgia' }, colours: { headings: '#112233' } },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-02T00:00:00.000Z',
};

describe('template versions', () => {
  it('opens a version 1 template as the current version, keeping what it said', () => {
    const template = StoredTemplateSchema.parse(VERSION_1);
    expect(template.schemaVersion).toBe(TEMPLATE_SCHEMA_VERSION);
    expect(template).toMatchObject({ id: 'tpl_old', name: 'Ukraine Daily', titlePattern: 'Ukraine Daily — {date:d MMMM yyyy}', classification: 'OFFICIAL' });
    expect(template.sections.map((s) => s.title)).toEqual(['Front line', 'Quotes', 'Notes']);
    expect(template.sections[0].rules).toEqual([{ keywords: ['shelling', 'drone*'], speakers: [], publications: [], kinds: [] }]);
    expect(template.sections[1].rules).toEqual([{ keywords: [], speakers: [], publications: [], kinds: ['quote'] }]);
    expect(template.sections[2].rules).toEqual([]);
    expect(template.exportOptions).toMatchObject({ cover: false, fonts: { body: 'Georgia', headings: 'Calibri Light' }, colours: { headings: '112233' } });
  });

  it('leaves a current template as it is, and does not touch what it cannot read', () => {
    const current = StoredTemplateSchema.parse(VERSION_1);
    expect(TemplateSchema.parse(migrateTemplate(current))).toEqual(current);
    expect(migrateTemplate('text')).toBe('text');
    expect(migrateTemplate({ schemaVersion: 99, name: 'x' })).toEqual({ schemaVersion: 99, name: 'x' });
    expect(StoredTemplateSchema.safeParse({ schemaVersion: 99, name: 'x' }).success).toBe(false);
    expect(StoredTemplateSchema.safeParse({ ...VERSION_1, schemaVersion: undefined }).success).toBe(false);
  });

  it('migrates a version 1 file with odd sections without crashing', () => {
    const odd = { ...VERSION_1, sections: [{ title: 'Only', keywords: 'not a list' }, 'junk'] };
    const result = StoredTemplateSchema.safeParse(odd);
    expect(result.success).toBe(false);
    expect(() => migrateTemplate(odd)).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { ingest } from './ingest';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('e-mail newsletters', () => {
  it('reads the HTML part (quoted-printable) and takes Subject, From and Date as fallbacks', async () => {
    const eml = [
      'From: The Harbour Ledger <news@ledger.example>',
      'To: analyst@example.org',
      'Subject: =?utf-8?Q?Fwd:_Caf=C3=A9_owners_win_appeal?=',
      'Date: Tue, 11 Mar 2025 07:30:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="XYZ"',
      '',
      '--XYZ',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Plain version of the letter.',
      '--XYZ',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<html><body><p>The caf=C3=A9 owners on Quay Street won their appeal against the =',
      'council on Monday.</p><p>The ruling costs the council =C2=A312,000.</p><script>alert(1)</script></body></html>',
      '--XYZ--',
      '',
    ].join('\r\n');
    const a = await ingest({ name: 'letter.eml', bytes: bytes(eml) });
    expect(a.source.format).toBe('eml');
    expect(a.title).toBe('Café owners win appeal');
    expect(a.publication).toBe('The Harbour Ledger');
    expect(a.published).toBe('2025-03-11');
    expect(a.origin).toMatchObject({ title: 'email-subject', publication: 'email-from', published: 'email-date' });
    expect(a.paragraphs).toEqual(['The café owners on Quay Street won their appeal against the council on Monday.', 'The ruling costs the council £12,000.']);
  });

  it('reads a base64 text part when there is no HTML part', async () => {
    const text = 'First paragraph of a plain newsletter.\n\nSecond paragraph, with £5 in it.';
    const b64 = btoa(String.fromCharCode(...new TextEncoder().encode(text)));
    const eml = ['From: desk@wire.example', 'Subject: Wire digest', 'Date: 2 Apr 2024 10:00:00 +0200', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', b64.replace(/(.{76})/g, '$1\n'), ''].join('\n');
    const a = await ingest({ name: 'digest.eml', bytes: bytes(eml) });
    expect(a.title).toBe('Wire digest');
    expect(a.publication).toBe('wire.example');
    expect(a.published).toBe('2024-04-02');
    expect(a.paragraphs).toEqual(['First paragraph of a plain newsletter.', 'Second paragraph, with £5 in it.']);
  });

  it('recognises an e-mail saved as .txt by its headers', async () => {
    const eml = 'From: Desk <d@x.example>\nSubject: Saved mail\nDate: 1 May 2024 09:00 +0000\n\nBody paragraph one of the saved mail.\n\nBody paragraph two.';
    const a = await ingest({ name: 'saved.txt', bytes: bytes(eml) });
    expect(a.source.format).toBe('eml');
    expect(a.title).toBe('Saved mail');
    expect(a.paragraphs).toHaveLength(2);
  });
});

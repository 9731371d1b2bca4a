#!/usr/bin/python3
"""Builds the file-format articles of the labelled corpus (issue 11) from their source texts.

    /usr/bin/python3 test/corpus/make-files.py            # build inputs that are missing or older than their source
    /usr/bin/python3 test/corpus/make-files.py --force    # rebuild every input
    /usr/bin/python3 test/corpus/make-files.py --check    # check every labels.json against its source text
    /usr/bin/python3 test/corpus/make-files.py --where file-NAME   # which split a name falls in

Each article is one source text, test/corpus/file-sources/<name>.txt: a few "key: value" lines, a
line "---", then the article as the analyst receives it, one paragraph a line. The source's
`format` says what input is made from it, in test/corpus/<split>/<name>/input.<format>:

  txt   the text after "---" as is (`encoding`: utf-8 | utf-8-sig | cp1252; `newline`: lf | crlf)
  docx  one Word paragraph per non-empty line (python3-docx)
  pdf   that .docx turned into PDF by LibreOffice; with `via: txt`, the plain text turned into PDF
  eml   a MIME message (`from`, `to`, `subject`, `date`, `parts`: text | html | both,
        `transfer`: quoted-printable | base64 | 8bit)

Markup in docx, pdf and eml sources (a txt source is never rewritten):
  "# " Heading 1 / <h1>     "## " Heading 2 / <h2>     "#! " a bold 16 pt Normal paragraph (a headline
  set by hand, no heading style) / <p><b>     "> " an indented paragraph / <blockquote>
  "**x**" bold run      "@html " a line only in the HTML part      "@text " a line only in the text part
  "@small " a 8 pt grey paragraph / <p style="font-size:small">
  "#T " Word's Title style / <h1>     "#S " Word's Subtitle style / <p><em>
  "|| key | value" a row of a two-column table (consecutive rows make one table) / <tr>; in text, "key<TAB>value"
  Key `columns: 2` sets the .docx (and its PDF) in two newspaper columns.

The split is fixed by the name alone, decided before any article was labelled: an article goes to
aside/ when the SHA-1 of its name (e.g. "file-harbour-dredging"), read as a number, is divisible by 3,
else to visible/. The labels.json beside each input is written by hand from the source text.
"""
import email.charset
import email.utils
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.join(HERE, 'file-sources')


def split_of(name):
    return 'aside' if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 3 == 0 else 'visible'


def read_source(path):
    with open(path, encoding='utf-8') as f:
        raw = f.read()
    head, sep, body = raw.partition('\n---\n')
    if not sep:
        raise SystemExit(f'{path}: no "---" line after the keys')
    keys = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(':')
            keys[k.strip().lower()] = v.strip()
    return keys, body


MARK = re.compile(r'^(#!|#T|#S|##|#|>|\|\||@html|@text|@small) ')


def lines_of(body, part):
    """(kind, text) per non-empty line, for part 'docx', 'html' or 'text'."""
    out = []
    for line in body.splitlines():
        if not line.strip():
            continue
        m = MARK.match(line)
        kind = m.group(1) if m else ''
        text = line[m.end():] if m else line
        if kind == '@html' and part == 'text' or kind == '@text' and part != 'text':
            continue
        out.append((kind if kind not in ('@html', '@text') else '', text))
    return out


def plain(text):
    return text.replace('**', '')


def runs(text):
    """Split "a **b** c" into [(a, False), (b, True), (c, False)]."""
    parts = text.split('**')
    return [(p, i % 2 == 1) for i, p in enumerate(parts) if p]


FIXED = datetime(2026, 1, 1, tzinfo=timezone.utc)


def make_docx(keys, body, out):
    import docx
    from docx.shared import Pt, RGBColor, Cm

    d = docx.Document()
    props = d.core_properties
    props.title = keys.get('props-title', '')
    props.author = keys.get('props-author', '')
    props.created = props.modified = FIXED
    props.last_modified_by = keys.get('props-author', '')
    table = None
    for kind, text in lines_of(body, 'docx'):
        if kind == '||':
            if table is None:
                table = d.add_table(rows=0, cols=2)
                table.style = 'Table Grid'
            key, _, value = text.partition(' | ')
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(key).bold = True
            cells[1].text = value
            continue
        table = None
        if kind == '#':
            p = d.add_paragraph(style='Heading 1')
        elif kind == '#T':
            p = d.add_paragraph(style='Title')
        elif kind == '#S':
            p = d.add_paragraph(style='Subtitle')
        elif kind == '##':
            p = d.add_paragraph(style='Heading 2')
        else:
            p = d.add_paragraph()
        if kind == '>':
            p.paragraph_format.left_indent = Cm(1.5)
        for t, bold in runs(text):
            r = p.add_run(t)
            r.bold = bold or kind == '#!' or None
            if kind == '#!':
                r.font.size = Pt(16)
            if kind == '@small':
                r.font.size = Pt(8)
                r.font.color.rgb = RGBColor(0x77, 0x77, 0x77)
    if keys.get('columns'):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        sect = d.sections[0]._sectPr
        cols = sect.find(qn('w:cols'))
        if cols is None:
            cols = OxmlElement('w:cols')
            sect.append(cols)
        cols.set(qn('w:num'), keys['columns'])
        cols.set(qn('w:space'), '567')
    d.save(out)


def html_of(keys, body):
    tags = {'#': 'h1', '#T': 'h1', '##': 'h2', '>': 'blockquote'}
    rows = []
    for kind, text in lines_of(body, 'html'):
        if kind == '||':
            key, _, value = text.partition(' | ')
            rows.append(f'<table><tr><td><b>{escape(key)}</b></td><td>{escape(value)}</td></tr></table>')
            continue
        if kind == '#S':
            rows.append(f'<p><em>{escape(text, quote=False)}</em></p>')
            continue
        inner = ''.join(f'<strong>{escape(t, quote=False)}</strong>' if b else escape(t, quote=False) for t, b in runs(text))
        inner = re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', inner)
        if kind == '#!':
            rows.append(f'<p style="font-size:20px"><strong>{inner}</strong></p>')
        elif kind == '@small':
            rows.append(f'<p style="font-size:11px;color:#777">{inner}</p>')
        else:
            tag = tags.get(kind, 'p')
            rows.append(f'<{tag}>{inner}</{tag}>')
    title = escape(keys.get('subject', ''))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + title + '</title></head>\n'
            '<body><table width="100%"><tr><td style="font-family:Georgia,serif;max-width:640px">\n'
            + '\n'.join(rows) + '\n</td></tr></table></body></html>\n')


def text_of(body):
    return '\n\n'.join(plain(t).replace(' | ', '\t', 1) if k == '||' else plain(t) for k, t in lines_of(body, 'text')) + '\n'


def make_eml(keys, body, out):
    transfer = keys.get('transfer', 'quoted-printable')
    cs = email.charset.Charset('utf-8')
    cs.body_encoding = {'quoted-printable': email.charset.QP, 'base64': email.charset.BASE64, '8bit': None}[transfer]

    def part(text, sub):
        m = MIMEText('', sub, None)
        del m['Content-Transfer-Encoding']
        m.set_payload(text, cs)
        return m

    parts = keys.get('parts', 'both')
    if parts == 'text':
        msg = part(text_of(body), 'plain')
    elif parts == 'html':
        msg = part(html_of(keys, body), 'html')
    else:
        msg = MIMEMultipart('alternative')
        msg.attach(part(text_of(body), 'plain'))
        msg.attach(part(html_of(keys, body), 'html'))
    for h in ('from', 'to', 'subject', 'date', 'message-id', 'list-id', 'reply-to'):
        if h in keys:
            msg[h.title() if h != 'message-id' else 'Message-ID'] = keys[h]
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    if msg.is_multipart():
        msg.set_boundary('=_part_' + hashlib.sha1(body.encode()).hexdigest()[:16])
    data = msg.as_bytes()
    with open(out, 'wb') as f:
        f.write(data)


def make_txt(keys, body, out):
    text = body
    if keys.get('newline') == 'crlf':
        text = text.replace('\n', '\r\n')
    with open(out, 'wb') as f:
        f.write(text.encode(keys.get('encoding', 'utf-8')))


def to_pdf(made, outdir):
    """made: [(source file, input.pdf path)] — one LibreOffice run for all."""
    if not made:
        return
    profile = tempfile.mkdtemp(prefix='lo-docs-')
    try:
        subprocess.run(['soffice', f'-env:UserInstallation=file://{profile}', '--headless', '--convert-to', 'pdf',
                        '--outdir', outdir] + [src for src, _ in made], check=True, stdout=subprocess.DEVNULL)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    for src, dest in made:
        shutil.move(os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf'), dest)


def names():
    return sorted(f[:-4] for f in os.listdir(SOURCES) if f.endswith('.txt'))


def build(force):
    tmp = tempfile.mkdtemp(prefix='make-files-')
    pdfs = []
    try:
        for name in names():
            src = os.path.join(SOURCES, name + '.txt')
            keys, body = read_source(src)
            fmt = keys['format']
            folder = os.path.join(HERE, split_of(name), name)
            os.makedirs(folder, exist_ok=True)
            out = os.path.join(folder, 'input.' + fmt)
            for other in os.listdir(folder):
                if other.startswith('input.') and other != 'input.' + fmt:
                    os.remove(os.path.join(folder, other))
            if not force and os.path.exists(out) and os.path.getmtime(out) >= os.path.getmtime(src):
                continue
            if fmt == 'txt':
                make_txt(keys, body, out)
            elif fmt == 'docx':
                make_docx(keys, body, out)
            elif fmt == 'eml':
                make_eml(keys, body, out)
            elif fmt == 'pdf':
                if keys.get('via') == 'txt':
                    mid = os.path.join(tmp, name + '.txt')
                    make_txt(keys, text_of(body), mid)
                else:
                    mid = os.path.join(tmp, name + '.docx')
                    make_docx(keys, body, mid)
                pdfs.append((mid, out))
            else:
                raise SystemExit(f'{name}: unknown format {fmt}')
            print(f'{split_of(name)}/{name}/input.{fmt}')
        to_pdf(pdfs, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


QUOTE = re.compile(r'[“"]([^“”"]+)[”"]')


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('’', "'").replace('‘', "'")).strip()


def check():
    """Every labelled quote and figure is in the source text; every quotation of four words or more is labelled."""
    bad = 0
    for name in names():
        keys, body = read_source(os.path.join(SOURCES, name + '.txt'))
        labels_path = os.path.join(HERE, split_of(name), name, 'labels.json')
        if not os.path.exists(labels_path):
            print(f'{name}: no labels.json')
            bad += 1
            continue
        with open(labels_path, encoding='utf-8') as f:
            labels = json.load(f)
        text = norm(plain(body.replace('@html ', '').replace('@text ', '')))
        for key in ('title', 'byline', 'publication', 'published'):
            if key not in labels:
                print(f'{name}: no {key}')
                bad += 1
        if labels.get('published') and not re.fullmatch(r'\d{4}-\d\d-\d\d', labels['published']):
            print(f'{name}: published {labels["published"]!r} is not YYYY-MM-DD')
            bad += 1
        for q in labels['quotes']:
            if norm(q['text']) not in text:
                print(f'{name}: quote not in the text: {q["text"]!r}')
                bad += 1
        for fig in labels['figures']:
            if norm(fig['text']) not in text:
                print(f'{name}: figure not in the text: {fig["text"]!r}')
                bad += 1
            if not fig.get('what'):
                print(f'{name}: figure without what: {fig["text"]!r}')
                bad += 1
        labelled = [norm(q['text']) for q in labels['quotes']]
        for line in body.splitlines():
            for m in QUOTE.finditer(line):
                inner = norm(m.group(1))
                if len(inner.split()) >= 4 and not any(inner in l or l in inner for l in labelled):
                    print(f'{name}: quotation not labelled: {inner!r}')
                    bad += 1
        seen = [n for n in labelled]
        order = [text.find(q) for q in seen]
        if order != sorted(order):
            print(f'{name}: quotes not in text order')
            bad += 1
    print(f'{len(names())} articles, {bad} problems')
    return bad == 0


if __name__ == '__main__':
    if '--where' in sys.argv:
        print(split_of(sys.argv[sys.argv.index('--where') + 1]))
    elif '--check' in sys.argv:
        sys.exit(0 if check() else 1)
    else:
        build('--force' in sys.argv)

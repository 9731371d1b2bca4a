/** How the Reader says where a metadata field came from: the import's origin codes in an analyst's words. */
const ORIGINS = new Map<string, string>(Object.entries({
  analyst: 'from the analyst',
  detected: 'read from the text',
  'json-ld': "from the page's JSON-LD",
  meta: "from the page's meta tags",
  og: "from the page's OpenGraph tags",
  microdata: "from the page's microdata",
  readability: "from the page's layout",
  'page-text': 'from the page text',
  'script-data': "from the page's script data",
  time: "from the page's date stamp",
  'html-lang': "from the page's language setting",
  link: "from the page's canonical link",
  'rel-author': "from the page's author link",
  h1: "from the page's main heading",
  'title-suffix': "from the page's title",
  copyright: 'from the copyright line',
  host: "from the site's address",
  url: 'from the web address',
  address: 'from the address it was fetched from',
  'header-line': 'from the header line',
  'front-matter': 'from the front matter',
  'first-line': 'from the first line',
  'markdown-heading': 'from the Markdown heading',
  'byline-line': 'from the byline line',
  dateline: 'from the dateline',
  boilerplate: "from the publication's own boilerplate",
  'docx-heading': "from the document's heading",
  'pdf-info': "from the PDF's properties",
  'email-subject': "from the email's subject",
  'email-from': "from the email's sender",
  'email-date': "from the email's date",
}));

/** "from the page's JSON-LD", or null when the field has no recorded origin. */
export function originLabel(origin: string | undefined): string | null {
  if (!origin) return null;
  return ORIGINS.get(origin) ?? `from ${origin.replace(/-/g, ' ')}`;
}

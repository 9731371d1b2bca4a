import type { FormEvent, KeyboardEvent } from 'react';
import { useId, useRef, useState } from 'react';
import type { ArticleMetadataPatch } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import { useApp } from '../../app/useApp';
import { articleTitle } from '../../ui/format';
import { NearDuplicates } from './NearDuplicates';
import { originLabel } from './originLabel';

type Field = keyof ArticleMetadataPatch;

const FIELDS: { field: Field; label: string; type: 'text' | 'date' | 'url' }[] = [
  { field: 'title', label: 'Title', type: 'text' },
  { field: 'byline', label: 'Byline', type: 'text' },
  { field: 'publication', label: 'Publication', type: 'text' },
  { field: 'published', label: 'Published', type: 'date' },
  { field: 'url', label: 'URL', type: 'url' },
  { field: 'language', label: 'Language', type: 'text' },
];

type Draft = Record<Field, string>;

function draftOf(article: Article): Draft {
  return Object.fromEntries(FIELDS.map(({ field }) => [field, article[field] ?? ''])) as Draft;
}

/** The fields the analyst changed, blank ones as null (nothing known); unchanged fields keep their origin. */
function patchOf(article: Article, draft: Draft): ArticleMetadataPatch {
  const patch: Record<string, string | null> = {};
  for (const { field } of FIELDS) {
    const value = draft[field].trim() || null;
    if (value !== (article[field] ?? null)) patch[field] = value;
  }
  return patch as ArticleMetadataPatch;
}

/** "Title, from the page's JSON-LD": a field's name and where its value came from, for a tooltip. */
function tooltip(article: Article, field: Field, label: string): string {
  const origin = originLabel(article.origin[field]);
  return origin ? `${label}, ${origin}` : label;
}

function DetailsForm(props: { article: Article; onDone: () => void }) {
  const { article, onDone } = props;
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(article));
  const [saving, setSaving] = useState(false);
  const save = useApp((s) => s.saveArticleDetails);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const saved = await save(article.id, patchOf(article, draft));
    setSaving(false);
    if (saved) onDone();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onDone();
    }
  };

  return (
    <form className="details-form" aria-label="Article details" onSubmit={submit} onKeyDown={onKeyDown}>
      {FIELDS.map(({ field, label, type }) => {
        const origin = originLabel(article.origin[field]);
        return (
          <div className="details-field" key={field}>
            <label htmlFor={`${id}-${field}`}>{label}</label>
            <input
              id={`${id}-${field}`}
              type={type}
              value={draft[field]}
              autoFocus={field === 'title'}
              aria-describedby={origin ? `${id}-${field}-origin` : undefined}
              onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
            />
            {origin ? (
              <span className="details-origin" id={`${id}-${field}-origin`}>
                {origin}
              </span>
            ) : null}
          </div>
        );
      })}
      <div className="details-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          Save
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The article's title and metadata, each saying where it came from, editable in place; near-duplicates linked. */
export function ArticleDetails(props: { article: Article; headingId: string }) {
  const { article, headingId } = props;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const meta = [article.publication, article.published].filter(Boolean).join(' · ');
  const done = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <header className="reader-header">
      <h3 id={headingId} className="reader-title" title={tooltip(article, 'title', 'Title')}>
        {articleTitle(article)}
      </h3>
      {article.byline || meta ? (
        <p className="reader-meta">
          {article.byline ? (
            <span className="reader-byline" title={tooltip(article, 'byline', 'Byline')}>
              {article.byline}
            </span>
          ) : null}
          {article.byline && meta ? <span aria-hidden="true"> — </span> : null}
          {meta ? <span>{meta}</span> : null}
        </p>
      ) : null}
      {article.url ? (
        <p className="reader-url" title={tooltip(article, 'url', 'URL')}>
          {article.url}
        </p>
      ) : null}
      {article.copyright || article.documentId ? (
        <p className="reader-rights">
          {article.copyright ? <span className="reader-copyright">{article.copyright}</span> : null}
          {article.copyright && article.documentId ? <span aria-hidden="true"> · </span> : null}
          {article.documentId ? <span className="reader-document-id">Document {article.documentId}</span> : null}
        </p>
      ) : null}
      <NearDuplicates article={article} />
      {editing ? (
        <DetailsForm article={article} onDone={done} />
      ) : (
        <details className="reader-details">
          <summary>Details and where they came from</summary>
          <dl>
            {FIELDS.map(({ field, label }) => (
              <div key={field} className="details-row">
                <dt>{label}</dt>
                <dd>
                  <span>{article[field] || '—'}</span>{' '}
                  {originLabel(article.origin[field]) ? <span className="details-origin">{originLabel(article.origin[field])}</span> : null}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {editing ? null : (
        <button type="button" className="button button-small" ref={editButton} onClick={() => setEditing(true)}>
          Edit details
        </button>
      )}
    </header>
  );
}

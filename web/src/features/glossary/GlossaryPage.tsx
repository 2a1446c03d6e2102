import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTermRes } from '../../../../core/schemas/glossary.js';
import { addStarterGlossary } from '../../api/glossary.js';
import { Alert } from '../../components/Alert.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { TextField } from '../../components/TextField.js';
import { messageOf } from '../organisation/labels.js';
import { GlossaryTermForm } from './GlossaryTermForm.js';
import { GlossaryTermItem } from './GlossaryTermItem.js';
import { initialOf, searchTerms, sortTerms } from './glossaryForm.js';
import { useGlossary } from './useGlossary.js';
import './glossary.css';

/** /ordliste: every member reads the terms A–Å and searches them; administrators edit them. */
export function GlossaryPage() {
  const { t } = useTranslation();
  const { glossary, error, refresh } = useGlossary();
  const [search, setSearch] = useState('');
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const canEdit = glossary?.canEdit ?? false;

  const shown = useMemo(() => sortTerms(searchTerms(glossary?.terms ?? [], search)), [glossary, search]);
  const groups = useMemo(() => {
    const out = new Map<string, GlossaryTermRes[]>();
    for (const term of shown) out.set(initialOf(term.term), [...(out.get(initialOf(term.term)) ?? []), term]);
    return [...out.entries()];
  }, [shown]);

  /** After a save: what happened, and the server's warning about words the explanation leaves unexplained. */
  const savedNotice = (saved: GlossaryTermRes, key: 'glossary.added' | 'glossary.saved') => {
    const text = t(key, { term: saved.term });
    setNotice(
      saved.unexplainedTerms.length
        ? {
            variant: 'warning',
            text: `${text} ${t('glossary.warning', { terms: saved.unexplainedTerms.join(', ') })}`,
          }
        : { variant: 'success', text },
    );
    void refresh();
  };
  const failed = (err: unknown) => setNotice({ variant: 'error', text: messageOf(err) });

  const addStarter = async () => {
    setBusy(true);
    try {
      const { added } = await addStarterGlossary();
      setNotice({ variant: 'success', text: t('glossary.starterAdded', { count: added }) });
      await refresh();
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('glossary.title')}>
      <p className="font-lead">{t('glossary.intro')}</p>
      <Notice notice={notice} />
      {error !== null && !glossary && (
        <Alert variant="error">
          <p>{messageOf(error)}</p>
        </Alert>
      )}
      {!glossary && error === null && <p>{t('common.loading')}</p>}
      {glossary && canEdit && glossary.starterMissing > 0 && (
        <section aria-labelledby="glossary-starter-heading" className="mt-6">
          <h2 id="glossary-starter-heading">{t('glossary.starterHeading')}</h2>
          <p>{t('glossary.starterText', { count: glossary.starterMissing })}</p>
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => void addStarter()}
          >
            {t('glossary.starterAdd', { count: glossary.starterMissing })}
          </button>
        </section>
      )}
      {canEdit && (
        <section aria-labelledby="glossary-add-heading" className="mt-6">
          <h2 id="glossary-add-heading">{t('glossary.addHeading')}</h2>
          <GlossaryTermForm term={null} onSaved={(saved) => savedNotice(saved, 'glossary.added')} />
        </section>
      )}
      {glossary && (
        <section aria-labelledby="glossary-list-heading" className="mt-6">
          <h2 id="glossary-list-heading" tabIndex={-1}>
            {t('glossary.listHeading')}
          </h2>
          {glossary.terms.length === 0 ? (
            <p>{canEdit ? `${t('glossary.empty')} ${t('glossary.emptyEditor')}` : t('glossary.empty')}</p>
          ) : (
            <>
              <TextField
                id="glossary-search"
                label={t('glossary.search')}
                hint={t('glossary.searchHint')}
                value={search}
                onChange={setSearch}
                autoComplete="off"
              />
              <p aria-live="polite" aria-atomic="true" className="mt-4">
                {shown.length === 0
                  ? t('glossary.noMatch', { search: search.trim() })
                  : t('glossary.shown', { count: shown.length })}
              </p>
              {groups.map(([letter, terms]) => (
                <section key={letter} aria-labelledby={`glossary-letter-${letter}`}>
                  <h3 id={`glossary-letter-${letter}`} className="aktion-glossary-letter">
                    {letter}
                  </h3>
                  <dl className="aktion-glossary">
                    {terms.map((term) => (
                      <GlossaryTermItem
                        key={term.id}
                        term={term}
                        canEdit={canEdit}
                        onSaved={(saved) => savedNotice(saved, 'glossary.saved')}
                        onDeleted={(gone) => {
                          setNotice({ variant: 'success', text: t('glossary.deleted', { term: gone.term }) });
                          // The term and its buttons are gone: focus goes to the list's heading.
                          document.getElementById('glossary-list-heading')?.focus();
                          void refresh();
                        }}
                        onFailed={failed}
                      />
                    ))}
                  </dl>
                </section>
              ))}
            </>
          )}
        </section>
      )}
    </Page>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ProgrammeRes } from '../../../../core/schemas/programmes.js';
import { listProgrammes } from '../../api/programmes.js';
import { Alert } from '../../components/Alert.js';
import { Page } from '../../components/Page.js';
import { useSession } from '../auth/session.js';
import { messageOf } from '../organisation/labels.js';
import { NewProgrammeForm } from './NewProgrammeForm.js';
import { programmePath } from './parts.js';
import { VersionsTable } from './VersionsTable.js';

/** /programmer: the programmes and their versions (administrators also create new ones). */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { roles } = useSession();
  const isAdmin = roles.includes('admin');
  const [programmes, setProgrammes] = useState<ProgrammeRes[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    listProgrammes()
      .then((items) => !cancelled && setProgrammes(items))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <Page title={t('programmes.title')}>
      <p>{isAdmin ? t('programmes.intro') : t('programmes.introReader')}</p>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!programmes && !error && <p>{t('common.loading')}</p>}
      {programmes?.length === 0 && <p>{t('programmes.none')}</p>}
      {programmes && programmes.length > 0 && (
        <ul className="aktion-cards">
          {programmes.map((p) => (
            <li key={p.id}>
              <h2>
                <Link to={programmePath(p.id)}>{p.title}</Link>
              </h2>
              {p.purpose && <p className="aktion-plain-text">{p.purpose}</p>}
              {p.owners.length > 0 && <p>{t('programmes.owners', { owners: p.owners.join(', ') })}</p>}
              <VersionsTable programme={p} />
            </li>
          ))}
        </ul>
      )}
      {isAdmin && (
        <section aria-labelledby="new-programme-heading" className="mt-8">
          <h2 id="new-programme-heading">{t('programmes.newHeading')}</h2>
          <p>{t('programmes.newIntro')}</p>
          <NewProgrammeForm
            onCreated={(p) =>
              navigate(programmePath(p.id), {
                state: { notice: { variant: 'success', text: t('programmes.created') } },
              })
            }
          />
        </section>
      )}
    </Page>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatrixVersionRes, MyResponsibilitiesRes } from '../../../../core/schemas/responsibilities.js';
import { getMatrixOverview, getMyResponsibilities } from '../../api/responsibilities.js';
import { Alert } from '../../components/Alert.js';
import { Page } from '../../components/Page.js';
import { messageOf } from '../organisation/labels.js';
import { linkLabel } from './membership.js';
import { RaciLegend } from './RaciLegend.js';
import './responsibilities.css';

type Mine = MyResponsibilitiesRes;
type MyTask = Mine['tasks'][number];

/** /ansvar/mit: the published matrix's tasks where my columns are R or A, and why I belong to them. */
export function MyResponsibilitiesPage() {
  const { t } = useTranslation();
  const [mine, setMine] = useState<Mine | null>(null);
  // The published version names the task groups and tells which level, unit or group a column is.
  const [published, setPublished] = useState<MatrixVersionRes | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([getMyResponsibilities(), getMatrixOverview()])
      .then(([m, overview]) => {
        setPublished(overview.published);
        setMine(m);
      })
      .catch((err: unknown) => setError(messageOf(err)));
  }, []);

  const seeAll = (
    <p>
      <Link to="/ansvar">{t('responsibilities.mine.seeAll')}</Link>
    </p>
  );

  return (
    <Page title={t('responsibilities.mine.title')}>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!mine ? (
        !error && <p>{t('common.loading')}</p>
      ) : !mine.version ? (
        <p>{t('responsibilities.mine.nothingPublished')}</p>
      ) : (
        <>
          <p>{t('responsibilities.mine.intro', { version: mine.version.version })}</p>
          <MyColumns mine={mine} published={published} />
          <h2>{t('responsibilities.mine.tasksHeading')}</h2>
          {mine.tasks.length === 0 ? (
            <p>{t('responsibilities.mine.none')}</p>
          ) : (
            <MyTasks tasks={mine.tasks} published={published} />
          )}
          {seeAll}
          <RaciLegend />
        </>
      )}
    </Page>
  );
}

function MyColumns({ mine, published }: { mine: Mine; published: MatrixVersionRes | null }) {
  const { t } = useTranslation();
  const because = (column: Mine['columns'][number]): string => {
    const actor = published?.document.actors.find((a) => a.key === column.key);
    const label = (published && linkLabel(published, column.key)) ?? column.name;
    if (column.via === 'level')
      return actor?.membership.kind === 'level'
        ? t('responsibilities.mine.because.level', {
            level: t(`levels.${actor.membership.level}`).toLowerCase(),
          })
        : t('responsibilities.mine.because.level', { level: column.name.toLowerCase() });
    if (column.via === 'unit') return t('responsibilities.mine.because.unit', { unit: label });
    return t('responsibilities.mine.because.group', { group: label });
  };
  return (
    <section aria-labelledby="my-columns-heading">
      <h2 id="my-columns-heading">{t('responsibilities.mine.columnsHeading')}</h2>
      {mine.columns.length === 0 ? (
        <p>{t('responsibilities.mine.noColumns')}</p>
      ) : (
        <ul>
          {mine.columns.map((c) => (
            <li key={c.key}>
              <strong>{c.name}</strong>, {because(c)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The tasks by task group, in the matrix's order. */
function MyTasks({ tasks, published }: { tasks: MyTask[]; published: MatrixVersionRes | null }) {
  const groups = published?.document.taskGroups ?? [];
  const known = new Set(groups.map((g) => g.key));
  const ordered = [
    ...groups.map((g) => ({ key: g.key, name: g.name })),
    // A group the overview does not know (it changed in between): by its key, last.
    ...[...new Set(tasks.map((x) => x.group))].filter((k) => !known.has(k)).map((k) => ({ key: k, name: k })),
  ];
  return (
    <>
      {ordered.map((group) => {
        const inGroup = tasks.filter((x) => x.group === group.key);
        if (inGroup.length === 0) return null;
        return (
          <section key={group.key} aria-labelledby={`my-group-${group.key}`}>
            <h3 id={`my-group-${group.key}`}>{group.name}</h3>
            <ul className="aktion-my-tasks">
              {inGroup.map((task) => (
                <MyTaskCard key={task.key} task={task} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function MyTaskCard({ task }: { task: MyTask }) {
  const { t } = useTranslation();
  const names = (list: string[]) => (list.length ? list.join(', ') : t('responsibilities.mine.nobody'));
  const rows = [
    ['accountable', task.accountable],
    ['responsible', task.responsible],
    ['consulted', task.consulted],
    ['informed', task.informed],
  ] as const;
  return (
    <li>
      <h4>{task.title}</h4>
      {task.description && <p>{task.description}</p>}
      <p>
        {t('responsibilities.mine.youAre')}{' '}
        <strong>
          {t(task.letter === 'A' ? 'responsibilities.mine.roleA' : 'responsibilities.mine.roleR')}
        </strong>
      </p>
      <dl>
        {rows.map(([key, list]) => (
          <div key={key}>
            <dt>{t(`responsibilities.mine.${key}`)}</dt>
            <dd>{names(list)}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

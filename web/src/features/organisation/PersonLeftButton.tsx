import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRes } from '../../../../core/schemas/organisation.js';
import { updatePerson } from '../../api/people.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import type { NoticeMessage } from '../../components/Notice.js';
import { formatDate } from '../../i18n/format.js';
import { messageOf } from './labels.js';

interface Props {
  person: PersonRes;
  onSaved: (person: PersonRes) => void;
  onNotice: (notice: NoticeMessage) => void;
}

/** The person's employment status, with "Markér som fratrådt" or "Genansæt". */
export function PersonLeftButton({ person, onSaved, onNotice }: Props) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const left = person.leftAt !== null;
  const label = left ? t('person.rehire') : t('person.markLeft');

  const confirm = async () => {
    setBusy(true);
    try {
      const saved = await updatePerson(person.id, { left: !left });
      onSaved(saved);
      onNotice({
        variant: 'success',
        text: t(left ? 'person.rehired_done' : 'person.left_done', { name: saved.name }),
      });
    } catch (err) {
      onNotice({ variant: 'error', text: messageOf(err) });
    } finally {
      setBusy(false);
      setConfirming(false);
      button.current?.focus();
    }
  };

  return (
    <>
      <p>
        {person.leftAt
          ? t('person.leftOn', { date: formatDate(person.leftAt, i18n.language) })
          : t('person.active')}
      </p>
      <button
        ref={button}
        type="button"
        className="button button-secondary"
        onClick={() => setConfirming(true)}
        disabled={confirming}
      >
        {label}
      </button>
      {confirming && (
        <ConfirmBox
          question={t(left ? 'person.confirmRehire' : 'person.confirmLeft', { name: person.name })}
          confirmLabel={label}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setConfirming(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { priceLine } from '../../../../core/money.js';
import type { EventRes } from '../../../../core/schemas/events.js';
import { ApiError } from '../../api/client.js';
import { createEvent, updateEvent } from '../../api/events.js';
import { Alert } from '../../components/Alert.js';
import { CheckboxField } from '../../components/CheckboxField.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { PlainTextEditor } from '../../components/PlainTextEditor.js';
import { RadioGroup } from '../../components/RadioGroup.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import { ContactRows } from './ContactRows.js';
import {
  EVENT_IDS,
  type EventFormState,
  type EventProblem,
  fieldIdFor,
  fromEvent,
  newEventState,
  type TermsKind,
  toRequest,
  type Visibility,
  validate,
} from './eventForm.js';
import { priceText } from './eventText.js';
import { parseKroner, parsePercent } from './money.js';

interface EventFormProps {
  /** null creates a new event (a draft). */
  event: EventRes | null;
  onSaved: (event: EventRes) => void;
  /** The level of the form's section headings (3 when the form sits under a heading of its own). */
  headingLevel?: 2 | 3;
}

type TextKey = Exclude<
  keyof EventFormState,
  'waitingList' | 'termsKind' | 'contacts' | 'visibility' | 'allowDuplicateEmail'
>;

/** Create or change an event (administrators). Times are typed in Danish time, the price in kroner. */
export function EventForm({ event, onSaved, headingLevel = 2 }: EventFormProps) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const { t, i18n } = useTranslation();
  const form = useFormErrors();
  const [state, setState] = useState<EventFormState>(() => (event ? fromEvent(event) : newEventState()));
  const [busy, setBusy] = useState(false);
  const set =
    <K extends keyof EventFormState>(key: K) =>
    (value: EventFormState[K]) =>
      setState((s) => ({ ...s, [key]: value }));

  const describe = (p: EventProblem): FieldError => ({
    id: p.id,
    message: t(`eventForm.problems.${p.problem}`, { n: p.n }),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = validate(state);
    if (problems.length) return form.show(problems.map(describe));
    setBusy(true);
    try {
      const body = toRequest(state);
      const saved = event ? await updateEvent(event.id, body) : await createEvent(body);
      form.clear();
      onSaved(saved);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) {
        form.show(
          Object.entries(err.fields).map(([field, message]) => ({ id: fieldIdFor(field, state), message })),
        );
      } else {
        const onCapacity = err instanceof ApiError && err.reason === 'capacity_below_taken';
        form.show([{ id: onCapacity ? EVENT_IDS.capacity : EVENT_IDS.title, message: messageOf(err) }]);
      }
    } finally {
      setBusy(false);
    }
  };

  const text = (
    key: TextKey,
    max: number | undefined,
    extra: {
      hint?: string;
      type?: 'url' | 'datetime-local';
      width?: string;
      inputMode?: 'numeric' | 'decimal';
      required?: boolean;
    } = {},
  ) => (
    <TextField
      id={EVENT_IDS[key]}
      label={t(`eventForm.${key}`)}
      hint={extra.hint}
      type={extra.type}
      value={state[key]}
      onChange={set(key)}
      error={form.errorFor(EVENT_IDS[key])}
      maxLength={max}
      inputClassName={extra.width}
      inputMode={extra.inputMode}
      autoComplete="off"
      verbatim={extra.type === 'url'}
      required={extra.required}
    />
  );
  const time = (key: TextKey, required: boolean, hint?: string) =>
    text(key, undefined, { type: 'datetime-local', width: 'input-width-m', required, hint });

  const exVat = parseKroner(state.price);
  const vat = parsePercent(state.vat);
  const preview = exVat !== null && vat !== null ? priceText(priceLine(exVat, vat), t, i18n.language) : null;

  const termsOptions: ReadonlyArray<{ value: TermsKind; label: string; hint?: string }> = [
    { value: 'binding', label: t('eventForm.termsBinding'), hint: t('eventForm.termsBindingHint') },
    { value: 'cancellable', label: t('eventForm.termsCancellable') },
  ];
  const visibilityOptions: ReadonlyArray<{ value: Visibility; label: string }> = [
    { value: 'public', label: t('eventForm.visibilityPublic') },
    { value: 'organisation', label: t('eventForm.visibilityOrganisation') },
  ];

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <section aria-labelledby="event-form-about">
          <H id="event-form-about">{t('eventForm.aboutHeading')}</H>
          {text('title', 200, { required: true })}
          <PlainTextEditor
            id={EVENT_IDS.description}
            textType="event_description"
            label={t('eventForm.description')}
            hint={t('eventForm.descriptionHint')}
            value={state.description}
            onChange={set('description')}
            error={form.errorFor(EVENT_IDS.description)}
            maxLength={10_000}
            rows={8}
          />
          <TextAreaField
            id={EVENT_IDS.targetAudience}
            label={t('eventForm.targetAudience')}
            hint={t('eventForm.targetAudienceHint')}
            value={state.targetAudience}
            onChange={set('targetAudience')}
            error={form.errorFor(EVENT_IDS.targetAudience)}
            maxLength={1000}
            rows={3}
          />
        </section>

        <section aria-labelledby="event-form-time" className="mt-8">
          <H id="event-form-time">{t('eventForm.timeHeading')}</H>
          <p>{t('eventForm.timeIntro')}</p>
          {time('startsAt', true)}
          {time('endsAt', true)}
          {time('checkInFrom', false, t('eventForm.checkInFromHint'))}
        </section>

        <section aria-labelledby="event-form-place" className="mt-8">
          <H id="event-form-place">{t('eventForm.placeHeading')}</H>
          {text('venueName', 200)}
          {text('address', 500, { hint: t('eventForm.addressHint') })}
          {text('onlineUrl', 500, { type: 'url', hint: t('eventForm.onlineUrlHint') })}
        </section>

        <section aria-labelledby="event-form-price" className="mt-8">
          <H id="event-form-price">{t('eventForm.priceHeading')}</H>
          {text('price', 20, {
            hint: t('eventForm.priceHint'),
            width: 'input-width-s',
            inputMode: 'decimal',
          })}
          {text('vat', 6, { hint: t('eventForm.vatHint'), width: 'input-width-xs', inputMode: 'decimal' })}
          <p aria-live="polite" className="mt-4">
            {preview && t('eventForm.priceWithVat', { line: preview })}
          </p>
        </section>

        <section aria-labelledby="event-form-seats" className="mt-8">
          <H id="event-form-seats">{t('eventForm.seatsHeading')}</H>
          {text('capacity', 6, { width: 'input-width-xs', inputMode: 'numeric', required: true })}
          <div className="mt-6">
            <CheckboxField
              id={EVENT_IDS.waitingList}
              label={t('eventForm.waitingList')}
              hint={t('eventForm.waitingListHint')}
              checked={state.waitingList}
              onChange={set('waitingList')}
            />
          </div>
          {event?.waitingList && !state.waitingList && event.seats.waitlisted > 0 && (
            <Alert variant="warning">
              <p>{t('eventForm.waitingListOffWarning', { count: event.seats.waitlisted })}</p>
            </Alert>
          )}
          {state.waitingList &&
            text('offerHoldHours', 3, {
              hint: t('eventForm.offerHoldHoursHint'),
              width: 'input-width-xs',
              inputMode: 'numeric',
            })}
          {time('registrationDeadline', true)}
          <div className="mt-6">
            <CheckboxField
              id={EVENT_IDS.allowDuplicateEmail}
              label={t('eventForm.allowDuplicateEmail')}
              hint={t('eventForm.allowDuplicateEmailHint')}
              checked={state.allowDuplicateEmail}
              onChange={set('allowDuplicateEmail')}
            />
          </div>
        </section>

        <section aria-labelledby="event-form-terms" className="mt-8">
          <H id="event-form-terms">{t('eventForm.termsHeading')}</H>
          <RadioGroup
            id={EVENT_IDS.termsKind}
            legend={t('eventForm.termsKind')}
            options={termsOptions}
            value={state.termsKind}
            onChange={set('termsKind')}
          />
          {state.termsKind === 'binding'
            ? time('substitutionUntil', false, t('eventForm.substitutionUntilHint'))
            : time('cancellableUntil', true)}
        </section>

        <section aria-labelledby="event-form-contacts" className="mt-8">
          <H id="event-form-contacts">{t('eventForm.contactsHeading')}</H>
          <p>{t('eventForm.contactsIntro')}</p>
          <ContactRows rows={state.contacts} onChange={set('contacts')} errorFor={form.errorFor} />
        </section>

        <section aria-labelledby="event-form-visibility" className="mt-8">
          <H id="event-form-visibility">{t('eventForm.visibilityHeading')}</H>
          <RadioGroup
            id={EVENT_IDS.visibility}
            legend={t('eventForm.visibility')}
            options={visibilityOptions}
            value={state.visibility}
            onChange={set('visibility')}
          />
        </section>

        <button type="submit" className="button button-primary mt-8" disabled={busy}>
          {event ? t('eventAdmin.save') : t('eventAdmin.create')}
        </button>
      </form>
    </>
  );
}

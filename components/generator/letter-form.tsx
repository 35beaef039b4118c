'use client';

import { memo, useCallback, type ReactNode } from 'react';
import { useFormState, useWatch, type UseFormReturn } from 'react-hook-form';

import { formatMessage } from '@/lib/i18n/format-message';
import { localeNames, locales, type Locale } from '@/lib/i18n/locales';
import type { LetterRequest } from '@/lib/letters/letter-request-schema';

import { BounceFileInput, useBounceFile } from './bounce-file-input';
import { CopyLinkButton } from './copy-link-button';
import { errorText } from './error-text';
import { FormField } from './form-field';
import type { GeneratorMessages, LaterMessages } from './form-messages';
import type { LetterFormValues } from './letter-form-values';
import { otherServiceValue, type ServiceOption } from './service-option';
import { useHydrated } from './use-hydrated';

interface LetterFormProps {
  form: UseFormReturn<LetterFormValues, unknown, LetterRequest>;
  onGenerate: (request: LetterRequest) => void;
  services: ServiceOption[];
  locale: Locale;
  messages: GeneratorMessages;
  /** The error texts, loaded before the resolver gives any error (null until then). */
  errorMessages: Pick<LaterMessages, 'addressErrors' | 'requestErrors'> | null;
  busy: boolean;
}

/**
 * The generator's form. noValidate: the shared schema, not the browser, decides what is valid, so
 * the messages are the same in every browser and every language; react-hook-form keeps what was
 * typed and moves focus to the first field in error.
 *
 * Memoised, and subscribed itself to the errors and the service it shows: react-hook-form
 * re-renders the component that called useForm as it mounts (and on every change of what that
 * component reads), and that re-render ran during hydration, synchronously, over the whole form.
 */
export const LetterForm = memo(function LetterForm({ form, onGenerate, services, locale, messages, errorMessages, busy }: LetterFormProps) {
  const t = messages.form;
  const { register, handleSubmit, setValue, control, getValues } = form;
  const { errors } = useFormState({ control });
  const bounceFile = useBounceFile(
    useCallback((text: string) => setValue('bounce', text, { shouldDirty: true }), [setValue]),
    t,
  );
  const error = (field: keyof LetterFormValues) => {
    const issue = errors[field];
    return issue && errorMessages ? errorText(field, issue.message, errorMessages) : undefined;
  };
  const other = useWatch({ control, name: 'senderService' }) === otherServiceValue;

  return (
    <form aria-label={t.label} noValidate onSubmit={handleSubmit(onGenerate)} className="panel">
      <div className="form-grid">
        <FormField id="recipient" label={t.recipient} hint={t.recipientHint} error={error('recipient')} wide>
          {(control) => (
            <input {...control} {...register('recipient')} type="email" autoComplete="off" required />
          )}
        </FormField>
        <FormField id="senderName" label={t.senderName} labelNote={t.optional} error={error('senderName')}>
          {(control) => <input {...control} {...register('senderName')} type="text" autoComplete="name" />}
        </FormField>
        <FormField id="senderAddress" label={t.senderAddress} labelNote={t.optional} error={error('senderAddress')}>
          {(control) => <input {...control} {...register('senderAddress')} type="email" autoComplete="email" />}
        </FormField>
        <FormField id="senderService" label={t.senderService} error={error('senderService')}>
          {(control) => (
            <select {...control} {...register('senderService')}>
              {services.map((service) => (
                <option key={service.id} value={service.id}>
                  {service.name}
                </option>
              ))}
              <option value={otherServiceValue}>{t.otherService}</option>
            </select>
          )}
        </FormField>
        {other && (
          <FormField id="senderServiceName" label={t.senderServiceName} error={error('senderServiceName')}>
            {(control) => <input {...control} {...register('senderServiceName')} type="text" autoComplete="off" />}
          </FormField>
        )}
        {/* The browser's local time; the resolver adds its UTC offset, so the letters can say UTC. */}
        <FormField id="failedAt" label={t.failedAt} labelNote={t.optional} hint={t.failedAtHint} error={error('failedAt')}>
          {(control) => <input {...control} {...register('failedAt')} type="datetime-local" autoComplete="off" />}
        </FormField>
        <FormField id="bounce" label={t.bounce} labelNote={t.optional} hint={t.bounceHint} error={error('bounce')} wide>
          {(control) => (
            <>
              <textarea {...control} {...register('bounce')} rows={4} onDrop={bounceFile.onDrop} />
              <BounceFileInput readFile={bounceFile.readFile} status={bounceFile.status} messages={t} />
            </>
          )}
        </FormField>
        <FormField id="note" label={t.note} labelNote={t.optional} hint={t.noteHint} error={error('note')} wide>
          {(control) => <textarea {...control} {...register('note')} rows={3} />}
        </FormField>
        <LanguageChoice form={form} locale={locale} messages={messages} error={error('languages')} />
      </div>
      <div className="actions">
        <SubmitButton busy={busy}>{t.submit}</SubmitButton>
        <CopyLinkButton values={getValues} label={t.copyLink} copied={t.linkCopied} failed={t.copyFailed} />
        <span role="status" className="hint">
          {busy ? t.preparing : ''}
        </span>
      </div>
    </form>
  );
});

interface LanguageChoiceProps {
  form: LetterFormProps['form'];
  locale: Locale;
  messages: GeneratorMessages;
  error: string | undefined;
}

function LanguageChoice({ form, locale, messages: { form: t }, error }: LanguageChoiceProps) {
  const describedBy = ['languages-hint', error ? 'languages-error' : null].filter(Boolean).join(' ');
  return (
    <fieldset className="field-wide" aria-describedby={describedBy}>
      <legend>{t.languages}</legend>
      <div className="checkboxes">
        {locales.map((code) => (
          <label key={code} lang={code}>
            <input type="checkbox" value={code} aria-invalid={Boolean(error)} {...form.register('languages')} />
            {localeNames[code]}
          </label>
        ))}
      </div>
      <p id="languages-hint" className="hint">
        {/* On the Russian page the default is Russian alone, wherever the recipient is. */}
        {formatMessage(locale === 'ru' ? t.languagesHintRussian : t.languagesHint, { language: t.pageLanguage })}
      </p>
      {error && (
        <p id="languages-error" role="alert" className="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * Disabled until React has the form: before that, the browser's own submission (Enter in a field)
 * would put every field in the page's URL and send it to the server. Its own component, so that
 * the render after hydration that enables it is the button's alone, not the whole form's.
 */
function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <button type="submit" className="primary" disabled={!hydrated} aria-disabled={busy || undefined}>
      {children}
    </button>
  );
}

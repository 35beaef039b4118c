'use client';

import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';

import type { Locale } from '@/lib/i18n/locales';
import type { LetterRequest } from '@/lib/letters/letter-request-schema';

import { CopyLinkButton } from './copy-link-button';
import type { GeneratorMessages } from './form-messages';
import { Guidance } from './guidance';
import { LetterForm } from './letter-form';
import { letterFormResolver } from './letter-form-resolver';
import type { LetterFormValues } from './letter-form-values';
import { readFormFragment } from './read-form-fragment';
import { otherServiceValue, type ServiceOption } from './service-option';
import { useFocusOnArrival } from './use-focus-on-arrival';
import { loadEngine, useLetters } from './use-letters';

const loadResults = () => import('./results');
const Results = lazy(() => loadResults().then((module) => ({ default: module.Results })));

interface LetterGeneratorProps {
  locale: Locale;
  services: ServiceOption[];
  messages: GeneratorMessages;
}

/**
 * Fetches the code the first letter needs (the address parser with its Public Suffix List, zod,
 * the letters, the results) as soon as the visitor touches the page, while they are still typing:
 * a visitor who only reads never downloads it, and the first paint does not wait for it.
 */
function preloadOnFirstInteraction(): () => void {
  const events = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;
  const preload = () => {
    stop();
    void Promise.all([loadEngine(), loadResults(), import('@/lib/letters/letter-request-schema')]);
  };
  const stop = () => events.forEach((name) => document.removeEventListener(name, preload, true));
  events.forEach((name) => document.addEventListener(name, preload, { capture: true, passive: true }));
  return stop;
}

/** The form, the letters it produces and the guidance around them. */
export function LetterGenerator({ locale, services, messages }: LetterGeneratorProps) {
  const form = useForm<LetterFormValues, unknown, LetterRequest>({
    resolver: letterFormResolver,
    defaultValues: {
      recipient: '',
      senderName: '',
      senderAddress: '',
      senderService: services[0]?.id ?? otherServiceValue,
      senderServiceName: '',
      failedAt: '',
      bounce: '',
      note: '',
      languages: [],
    },
  });
  const { outcome, busy, generate } = useLetters(locale);
  const { ref: resultsHeadingRef, request: focusResults } = useFocusOnArrival<HTMLHeadingElement>(outcome);

  const submit = useCallback(
    async (request: LetterRequest) => {
      focusResults();
      await generate(request);
    },
    [generate, focusResults],
  );

  useEffect(preloadOnFirstInteraction, []);

  // A link can carry the form in its fragment (never sent to the server); with a recipient, the
  // letters are written at once. Read once, after hydration, since the server never sees it.
  const prefilled = useRef(false);
  useEffect(() => {
    if (prefilled.current) return;
    prefilled.current = true;
    const values = readFormFragment(window.location.hash, services);
    if (Object.keys(values).length === 0) return;
    form.reset({ ...form.getValues(), ...values });
    if (values.recipient) void form.handleSubmit(submit)();
  }, [form, services, submit]);

  const [serviceId, typedService] = useWatch({ control: form.control, name: ['senderService', 'senderServiceName'] });
  const service = services.find((candidate) => candidate.id === serviceId);

  return (
    <>
      <LetterForm form={form} onGenerate={(request) => void submit(request)} services={services} locale={locale} messages={messages} busy={busy}>
        <CopyLinkButton
          values={form.getValues}
          label={messages.form.copyLink}
          copied={messages.form.linkCopied}
          failed={messages.form.copyFailed}
        />
      </LetterForm>
      {outcome && (
        <Suspense fallback={<p role="status">{messages.form.preparing}</p>}>
          <Results outcome={outcome} locale={locale} messages={messages} headingRef={resultsHeadingRef} />
        </Suspense>
      )}
      <Guidance
        messages={messages.guidance}
        locale={locale}
        serviceName={service?.name ?? (typedService.trim() || messages.form.otherService)}
        serviceDomain={service?.domain ?? null}
      />
    </>
  );
}

'use client';

import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';

import { complaintsKey } from '@/lib/checklist/storage-key';
import type { Locale } from '@/lib/i18n/locales';
import type { LetterRequest } from '@/lib/letters/letter-request-schema';

import { CopyLinkButton } from './copy-link-button';
import type { GeneratorMessages } from './form-messages';
import { Guidance } from './guidance';
import { LetterForm } from './letter-form';
import { letterFormResolver, loadResolverParts } from './letter-form-resolver';
import type { LetterFormValues } from './letter-form-values';
import { readFormFragment } from './read-form-fragment';
import { otherServiceValue, type ServiceOption } from './service-option';
import { useFocusOnArrival } from './use-focus-on-arrival';
import { loadEngine, useLetters } from './use-letters';

const loadResults = () => import('./results');
const Results = lazy(() => loadResults().then((module) => ({ default: module.Results })));
// Only a returning visitor needs the store: fetched when the first load finds something kept.
const StoredComplaints = lazy(() =>
  import('@/components/checklist/stored-complaints').then((module) => ({ default: module.StoredComplaints })),
);

interface LetterGeneratorProps {
  locale: Locale;
  services: ServiceOption[];
  messages: GeneratorMessages;
  /** The site's public origin, for the reminder's link back to this page; null when unknown. */
  siteUrl: string | null;
}

/** Whether this browser keeps a complaint; false where storage is refused, as on a first visit. */
function hasStoredComplaints(): boolean {
  try {
    return localStorage.getItem(complaintsKey) !== null;
  } catch {
    return false;
  }
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
    void Promise.all([loadEngine(), loadResults(), loadResolverParts()]);
  };
  const stop = () => events.forEach((name) => document.removeEventListener(name, preload, true));
  events.forEach((name) => document.addEventListener(name, preload, { capture: true, passive: true }));
  return stop;
}

/** The form, the letters it produces and the guidance around them. */
export function LetterGenerator({ locale, services, messages, siteUrl }: LetterGeneratorProps) {
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

  const [returning, setReturning] = useState(false);
  // After hydration: the server cannot know what this browser keeps.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setReturning(hasStoredComplaints()), []);
  const continueComplaint = useCallback(
    (values: LetterFormValues) => {
      form.reset(values);
      void form.handleSubmit(submit)();
    },
    [form, submit],
  );

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
      {returning && (
        <Suspense fallback={null}>
          <StoredComplaints
            // Read again when the letters shown change: the list reflects what was kept since.
            key={outcome?.request.recipient.address ?? ''}
            locale={locale}
            services={services}
            current={outcome?.request.recipient.address}
            onContinue={continueComplaint}
            messages={messages.checklist}
          />
        </Suspense>
      )}
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
          <Results outcome={outcome} locale={locale} siteUrl={siteUrl} messages={messages} headingRef={resultsHeadingRef} />
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

'use client';

import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';

import { complaintsKey } from '@/lib/checklist/storage-key';
import { prepareCalendarFormatters } from '@/lib/i18n/format-date';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import type { LetterRequest } from '@/lib/letters/letter-request-schema';

import type { GeneratorMessages, LaterMessages } from './form-messages';
import { Guidance } from './guidance';
import { LetterForm } from './letter-form';
import { letterFormResolver, loadResolverParts } from './letter-form-resolver';
import type { LetterFormValues } from './letter-form-values';
import { loadLaterMessages } from './later-messages';
import { readFormFragment } from './read-form-fragment';
import { otherServiceValue, type ServiceOption } from './service-option';
import { useFocusOnArrival } from './use-focus-on-arrival';
import { loadEngine, useLetters } from './use-letters';

/**
 * The results' code, once it has arrived (it is fetched on the first touch). React.lazy suspends on
 * its first render even for a module already here, and the boundary's retry then renders the
 * letters in time slices a frame behind: rendered directly, they come with the click's own update.
 */
let arrivedResults: typeof import('./results').Results | null = null;
const loadResults = () =>
  import('./results').then((module) => {
    arrivedResults = module.Results;
    return module;
  });
const LazyResults = lazy(() => loadResults().then((module) => ({ default: module.Results })));
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
 * the letters, the results) and the texts a submitted form shows, as soon as the visitor touches
 * the page, while they are still typing: a visitor who only reads never downloads them, and the
 * first paint does not wait for them. While they are on the wire, the main thread is idle: it
 * builds the date formatters the results show (the contacts' dates, in the page's language and in
 * Russian), which would otherwise cost the click ICU's data. Once the code is here, an idle moment
 * runs it once on a sample (warm-up-letters.ts), so that the first click finds it compiled.
 */
function preloadOnFirstInteraction(loadTexts: () => Promise<unknown>, locale: Locale): () => void {
  const events = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;
  const preload = () => {
    stop();
    whenIdle(() => prepareCalendarFormatters([locale, 'ru']));
    void Promise.all([loadEngine(), loadResults(), loadResolverParts(), loadTexts()])
      .then(() =>
        whenIdle(() => {
          // Only a head start: if it fails, the click does the same work and says what went wrong.
          import('./warm-up-letters')
            .then(({ warmUpLetters }) => warmUpLetters(locale))
            .catch(() => undefined);
        }),
      )
      .catch(() => undefined);
  };
  const stop = () => events.forEach((name) => document.removeEventListener(name, preload, true));
  events.forEach((name) => document.addEventListener(name, preload, { capture: true, passive: true }));
  return stop;
}

/**
 * The letter languages a visitor ticked before the form's script arrived, read from the boxes the
 * server rendered (none on the server). react-hook-form writes a field's default into its boxes as
 * they register, so the group's default must be what they already show.
 */
function languagesTickedBeforeHydration(): Locale[] {
  if (typeof document === 'undefined') return [];
  const boxes = document.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="languages"]:checked');
  return [...boxes].map((box) => box.value).filter(isLocale);
}

/** Runs `work` when the browser has a moment (Safari has no requestIdleCallback: a task then). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 0);
}

/** The form, the letters it produces and the guidance around them. */
export function LetterGenerator({ locale, services, messages, siteUrl }: LetterGeneratorProps) {
  const [later, setLater] = useState<LaterMessages | null>(null);
  const loadLater = useCallback(
    () =>
      loadLaterMessages(locale).then((loaded) => {
        setLater(loaded);
        return loaded;
      }),
    [locale],
  );
  // The texts of any error the schema finds are there before the error is: the resolver waits for them.
  const resolver = useCallback<Resolver<LetterFormValues, unknown, LetterRequest>>(
    async (values, context, options) => {
      await loadLater();
      return letterFormResolver(values, context, options);
    },
    [loadLater],
  );
  const [languagesTickedEarly] = useState(languagesTickedBeforeHydration);
  const form = useForm<LetterFormValues, unknown, LetterRequest>({
    resolver,
    // The fields the server renders have no default on purpose: the form hydrates after the page
    // (its Suspense boundary), and react-hook-form writes a field's default into it as the field
    // registers, which would undo what a visitor typed or chose before the script arrived. Without
    // one, it reads the field. A group of boxes needs a list: the one the boxes already show.
    defaultValues: {
      senderServiceName: '',
      languages: languagesTickedEarly,
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
  const onGenerate = useCallback((request: LetterRequest) => void submit(request), [submit]);

  useEffect(() => preloadOnFirstInteraction(loadLater, locale), [loadLater, locale]);

  const [returning, setReturning] = useState(false);
  // After hydration: the server cannot know what this browser keeps. The list shows with its texts.
  useEffect(() => {
    if (hasStoredComplaints()) loadLater().then(() => setReturning(true), () => undefined);
  }, [loadLater]);
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

  const [chosenService, typedService] = useWatch({ control: form.control, name: ['senderService', 'senderServiceName'] });
  // Until the form has registered its select (it hydrates later), the select shows its first option.
  const serviceId = chosenService ?? services[0]?.id ?? otherServiceValue;
  const service = services.find((candidate) => candidate.id === serviceId);
  const Results = arrivedResults ?? LazyResults;
  const serviceName = service?.name ?? (typedService.trim() || messages.form.otherService);
  const serviceDomain = service?.domain ?? null;

  // The form and the guidance hydrate on their own, after the page's frame (their Suspense
  // boundaries). react-hook-form re-renders this component as it mounts; a boundary given new
  // props while still dehydrated is hydrated at once, synchronously, so each is kept as the same
  // element until what it shows changes.
  const formBoundary = useMemo(
    () => (
      <Suspense>
        <LetterForm form={form} onGenerate={onGenerate} services={services} locale={locale} messages={messages} errorMessages={later} busy={busy} />
      </Suspense>
    ),
    [form, onGenerate, services, locale, messages, later, busy],
  );
  const guidanceBoundary = useMemo(
    () => (
      <Suspense>
        <Guidance messages={messages.guidance} locale={locale} serviceName={serviceName} serviceDomain={serviceDomain} />
      </Suspense>
    ),
    [messages.guidance, locale, serviceName, serviceDomain],
  );

  return (
    <>
      {returning && later && (
        <Suspense fallback={null}>
          <StoredComplaints
            // Read again when the letters shown change: the list reflects what was kept since.
            key={outcome?.request.recipient.address ?? ''}
            locale={locale}
            services={services}
            current={outcome?.request.recipient.address}
            onContinue={continueComplaint}
            messages={later.checklist}
          />
        </Suspense>
      )}
      {formBoundary}
      {outcome && later && (
        <Suspense fallback={<p role="status">{messages.form.preparing}</p>}>
          <Results
            outcome={outcome}
            locale={locale}
            siteUrl={siteUrl}
            messages={{ punctuation: messages.punctuation, ...later }}
            headingRef={resultsHeadingRef}
          />
        </Suspense>
      )}
      {guidanceBoundary}
    </>
  );
}

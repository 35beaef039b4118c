import type { FieldErrors, Resolver } from 'react-hook-form';

import type { LetterRequest, LetterRequestInput } from '@/lib/letters/letter-request-schema';

import type { LetterFormValues } from './letter-form-values';
import { otherServiceValue } from './service-option';

/** The code the form adds when "Other…" is chosen without a name (the schema would fall back to Mailfence). */
export const serviceNameMissing = 'service_name_missing';

function toRequestInput(values: LetterFormValues, localDateTimeToIso: (value: string) => string | undefined): LetterRequestInput {
  const { senderServiceName, languages, senderService, failedAt, ...fields } = values;
  return {
    ...fields,
    failedAt: localDateTimeToIso(failedAt),
    senderService: senderService === otherServiceValue ? senderServiceName : senderService,
    // No box ticked means "the default languages", which the schema spells as no list at all.
    languages: languages.length > 0 ? languages : undefined,
  };
}

/** What the resolver loads on first use; the page fetches it on the visitor's first touch. */
export const loadResolverParts = () => import('./resolver-parts');

/**
 * zodResolver over the shared letterRequestSchema, loaded on first use: the schema pulls in zod
 * and the address parser (tldts and its public-suffix list), which the first paint does not need.
 */
export const letterFormResolver: Resolver<LetterFormValues, unknown, LetterRequest> = async (values, context, options) => {
  const { zodResolver, letterRequestSchema, localDateTimeToIso } = await loadResolverParts();
  const result = await zodResolver(letterRequestSchema)(toRequestInput(values, (value) => localDateTimeToIso(value)), context, {
    criteriaMode: options.criteriaMode,
    fields: options.fields,
    shouldUseNativeValidation: options.shouldUseNativeValidation,
  });

  const other = values.senderService === otherServiceValue;
  const errors: FieldErrors<LetterFormValues> = { ...result.errors };
  if (other && errors.senderService) {
    errors.senderServiceName = errors.senderService;
    delete errors.senderService;
  }
  if (other && values.senderServiceName.trim() === '') {
    errors.senderServiceName = { type: 'required', message: serviceNameMissing };
  }
  if (Object.keys(errors).length === 0 && Object.keys(result.errors).length === 0) return result;
  return { values: {}, errors };
};

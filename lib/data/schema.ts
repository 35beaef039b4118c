import { z } from 'zod';

/**
 * The shape of every record in lib/data. The data test parses each record with these schemas, so
 * a contact without a source or a date cannot land. Only types leave this file for the browser.
 */
export const confidenceSchema = z.enum(['high', 'medium', 'low']);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'checked must be YYYY-MM-DD');
const httpsUrl = z.url({ protocol: /^https?$/ });

export const contactSchema = z
  .object({
    kind: z.enum(['email', 'form']),
    /** The mailbox (for `email`) or the page URL (for `form`). */
    value: z.string().min(3),
    /**
     * What the mailbox or page is for; the letters pick contacts by role. `feedback` is a company's
     * public or customer feedback channel (the only one an ISP feedback letter goes to);
     * `registrar-abuse` is a registrar's domain-abuse desk, never the address of a delivery complaint.
     */
    role: z.enum(['abuse', 'postmaster', 'noc', 'support', 'feedback', 'form', 'general', 'registrar-abuse']),
    /** Where the fact was read: a URL a person can open. */
    source: httpsUrl,
    checked: isoDate,
    confidence: confidenceSchema,
    note: z.string().optional(),
  })
  .refine((c) => (c.kind === 'email' ? /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c.value) : /^https?:\/\//.test(c.value)), {
    message: 'an email contact holds an address, a form contact a URL',
  });

export const providerSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The brand as the company writes it, Latin script: it stands in a letter in any language. */
  name: z.string().min(1),
  /** The brand as the company writes it in Russian, where that differs, for the Russian letters. */
  nameRu: z.string().min(1).optional(),
  /** ISO 3166 country of the operator, e.g. RU. */
  country: z.string().length(2),
  /** Consumer domains whose mailboxes this provider runs. */
  domains: z.array(z.string()),
  /** MX host patterns: exact host names, or `*` standing for one run of [a-z0-9-] (e.g. `mail-s*.1gb.ru`). */
  mxPatterns: z.array(z.string()),
  asns: z.array(z.number().int().positive()),
  contacts: z.array(contactSchema),
  source: httpsUrl,
  checked: isoDate,
  confidence: confidenceSchema,
  note: z.string().optional(),
});

export const ispSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** The company's name in Russian, for the Russian letters. */
  nameRu: z.string().min(1),
  asns: z.array(z.number().int().positive()).min(1),
  contacts: z.array(contactSchema),
  source: httpsUrl,
  checked: isoDate,
  confidence: confidenceSchema,
});

export const blockedServerSchema = z.object({
  host: z.string().min(3),
  /** Who runs it, where known (a provider id or a plain name). */
  operator: z.string().optional(),
  providerId: z.string().optional(),
  operatorConfidence: confidenceSchema.optional(),
  source: httpsUrl,
  checked: isoDate,
});

/** A mail service whose outgoing mail is being refused (the sender's side). */
export const blockedServiceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** The domains its users send from; the first is the one OONI Explorer is searched for. */
  domains: z.array(z.string()).min(1),
  country: z.string().length(2),
  website: httpsUrl,
});

export type Confidence = z.infer<typeof confidenceSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Provider = z.infer<typeof providerSchema>;
export type Isp = z.infer<typeof ispSchema>;
export type BlockedServer = z.infer<typeof blockedServerSchema>;
export type BlockedService = z.infer<typeof blockedServiceSchema>;

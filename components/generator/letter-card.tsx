'use client';

import { useMemo, useState } from 'react';

import { buildCopyText } from '@/lib/handoff/copy-text';
import type { EmlFields } from '@/lib/handoff/eml';
import { handOffLetter } from '@/lib/handoff/hand-off-letter';
import type { UiMessages } from '@/lib/i18n/get-dictionary';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { Letter } from '@/lib/letters/types';

import { ContactList } from './contact-list';
import { copyText } from './copy-text';

interface LetterCardProps {
  letter: Letter;
  /** The page's language: the heading names the company as a reader of it knows it. */
  locale: Locale;
  messages: UiMessages['card'];
  /** The sender, for the draft's From header, when they gave their address. */
  from?: EmlFields['from'];
}

/** The heading's name: the Russian brand on the Russian page (МТС), the Latin one elsewhere. */
function addressee(letter: Letter, locale: Locale): string {
  return locale === 'ru' ? (letter.addresseeNameRu ?? letter.addresseeName) : letter.addresseeName;
}

/**
 * One letter and every way to send it. The text is shown as text (React escapes it), and every
 * link comes from lib/handoff, so the copy, the mailto, the webmail links and the .eml agree.
 */
export function LetterCard({ letter, locale, messages: t, from }: LetterCardProps) {
  const handoff = useMemo(() => {
    const { text: body, mailto, webmail } = handOffLetter(letter);
    const labels = { to: t.recipients, subject: t.subject };
    return { body, mailto, webmail, copy: buildCopyText({ to: letter.to, subject: letter.subject, body }, labels) };
  }, [letter, t]);
  const forms = letter.contacts.filter((contact) => contact.kind === 'form');
  const headingId = `letter-${letter.id}-heading`;
  const textLabelId = `letter-${letter.id}-text-label`;

  // A status speaks of the text it copied: once the server's answer rewrites the letter, "Copied"
  // would claim the clipboard holds the new text, so a status for another text is not shown.
  const [said, setSaid] = useState({ status: '', about: '' });
  const status = said.about === handoff.copy ? said.status : '';
  const copy = async (done: string) => {
    const text = handoff.copy;
    setSaid({ status: (await copyText(text)) ? done : t.copyFailed, about: text });
  };
  const copyIfShortened = (shortened: boolean) => {
    if (shortened) void copy(t.shortened);
  };
  const download = async () => {
    // The renderer weighs ~80 KB gzip: it is fetched on the first download, not with the page.
    const { downloadEml } = await import('./download-eml');
    await downloadEml(letter, from);
  };

  return (
    <article aria-labelledby={headingId} className="panel letter">
      <h4 id={headingId}>{formatMessage(t.heading[letter.kind], { name: addressee(letter, locale) })}</h4>
      {/* The blocked account meets the block: the note only arrives from another one. */}
      {letter.kind === 'recipient' && <p className="note">{t.sendFromOther}</p>}
      <p>
        <strong>{t.recipients}:</strong> {letter.to.length > 0 ? letter.to.join(', ') : t.noMailbox}
      </p>
      <ContactList contacts={letter.contacts} messages={t} />
      <p>
        <strong>{t.subject}:</strong> {letter.subject}
      </p>
      {/* Focusable so that keyboard users can scroll a long letter (WCAG 2.1.1), and so named. The
          label may stay hidden: aria-labelledby reads hidden nodes too (accname 1.2 §4.3.2, step 2A). */}
      <span id={textLabelId} hidden>
        {t.letterText}
      </span>
      <pre className="letter-text" tabIndex={0} role="region" aria-labelledby={`${textLabelId} ${headingId}`}>
        {handoff.body}
      </pre>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void copy(t.copied)}>
          {t.copy}
        </button>
        {handoff.mailto && (
          <a className="button" href={handoff.mailto.href} onClick={() => copyIfShortened(handoff.mailto?.shortened ?? false)}>
            {t.openMail}
          </a>
        )}
        <button type="button" onClick={() => void download()}>
          {t.downloadEml}
        </button>
        {forms.map((form) => (
          <a
            key={form.value}
            className="button"
            href={form.value}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => void copy(t.formCopied)}
          >
            {t.openForm} ({new URL(form.value).host})
          </a>
        ))}
      </div>
      {handoff.mailto?.shortened && <p className="hint">{t.tooLongForLink}</p>}
      {handoff.webmail.length > 0 && (
        <div className="webmail">
          {handoff.webmail.map((link) => (
            <a
              key={link.id}
              href={link.href}
              target="_blank"
              rel="noopener noreferrer"
              onClick={() => copyIfShortened(link.shortened)}
            >
              {link.name}
            </a>
          ))}
          <span className="hint">{t.webmailDisclosure}</span>
        </div>
      )}
      <p role="status" className="status">
        {status}
      </p>
    </article>
  );
}

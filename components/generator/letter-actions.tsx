'use client';

import { useMemo, useState } from 'react';

import { buildCopyText } from '@/lib/handoff/copy-text';
import type { EmlFields } from '@/lib/handoff/eml';
import { handOffLetter } from '@/lib/handoff/hand-off-letter';
import type { UiMessages } from '@/lib/i18n/get-dictionary';
import type { Letter } from '@/lib/letters/types';

import { copyText } from './copy-text';

interface LetterActionsProps {
  letter: Letter;
  messages: UiMessages['card'];
  /** The sender, for the draft's From header, when they gave their address. */
  from?: EmlFields['from'];
  /** Told after every way out is taken (copy, mail app, webmail, .eml, web form): the card offers to mark it sent. */
  onHandOff?: () => void;
}

/** The letter's plain text, as every hand-off carries it. */
export function useLetterText(letter: Letter): string {
  return useMemo(() => handOffLetter(letter).text, [letter]);
}

/**
 * Every way to send a letter, each from lib/handoff, so the copy, the mailto, the webmail links
 * and the .eml agree; and the status line that says what a click did.
 */
export function LetterActions({ letter, messages: t, from, onHandOff }: LetterActionsProps) {
  const handoff = useMemo(() => {
    const { text: body, mailto, webmail } = handOffLetter(letter);
    const labels = { to: t.recipients, subject: t.subject };
    return { mailto, webmail, copy: buildCopyText({ to: letter.to, subject: letter.subject, body }, labels) };
  }, [letter, t]);
  const forms = letter.contacts.filter((contact) => contact.kind === 'form');

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
  // Only an offer: a click on a link says nothing of whether the letter went out.
  const handedOff = () => onHandOff?.();

  return (
    <>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            handedOff();
            void copy(t.copied);
          }}
        >
          {t.copy}
        </button>
        {handoff.mailto && (
          <a
            className="button"
            href={handoff.mailto.href}
            onClick={() => {
              handedOff();
              copyIfShortened(handoff.mailto?.shortened ?? false);
            }}
          >
            {t.openMail}
          </a>
        )}
        <button
          type="button"
          onClick={() => {
            handedOff();
            void download();
          }}
        >
          {t.downloadEml}
        </button>
        {forms.map((form) => (
          <a
            key={form.value}
            className="button"
            href={form.value}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => {
              handedOff();
              void copy(t.formCopied);
            }}
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
              onClick={() => {
                handedOff();
                copyIfShortened(link.shortened);
              }}
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
    </>
  );
}

import fc from 'fast-check';

import { buildLetters } from '@/lib/letters/build-letters';
import { letterText } from '@/lib/letters/letter-text';
import type { Letter, SenderFacts } from '@/lib/letters/types';
import LetterEmailPreview from '@/templates/letter-email.preview';
import LetterEmailDefault, { LetterEmail } from '@/templates/letter-email';
import { renderLetterHtml } from '@/templates/render-letter-html';

import { fixtureResolution, fixtureSender } from '../lib/letters/support/letter-fixture';

/** What React does to text in HTML (react-dom's escapeTextForBrowser). */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
}

function unescapeHtml(html: string): string {
  return html
    .replace(/<br\/>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The paragraphs the HTML shows, as text: each <p>, its <br/> read back as line breaks. */
function htmlParagraphs(html: string): string[] {
  return [...html.matchAll(/<p\b[^>]*>(.*?)<\/p>/gs)].map((match) => unescapeHtml(match[1] ?? ''));
}

/** The paragraphs the plain text holds, one kind of line break, as HTML can only show that. */
function textParagraphs(letter: Letter): string[] {
  return letter.parts.flatMap((part) => part.paragraphs).map((paragraph) => paragraph.replace(/\r\n?/g, '\n'));
}

const letterFor = (sender: SenderFacts, languages: Parameters<typeof buildLetters>[2] = ['ru', 'en']): Letter => {
  const {
    letters: [provider],
  } = buildLetters(fixtureResolution, sender, languages);
  if (provider === undefined) throw new Error('no provider letter');
  return provider;
};

describe('renderLetterHtml', () => {
  const letter = letterFor(fixtureSender);

  it('declares the first part’s language on <html> and each part’s on its own section', async () => {
    const html = await renderLetterHtml(letter);
    expect(html).toMatch(/^<!DOCTYPE html[^>]*><html dir="ltr" lang="ru">/);
    expect([...html.matchAll(/<table\b[^>]*\blang="(\w+)"/g)].map((match) => match[1])).toEqual(['ru', 'en']);
    expect(html.match(/<hr\b/g)).toHaveLength(1);
  });

  it('puts the preview text before the letter, so inboxes show the subject rather than the greeting', async () => {
    const html = await renderLetterHtml(letter);
    const preview = html.indexOf(escapeHtml(letter.subject));
    expect(preview).toBeGreaterThan(-1);
    expect(preview).toBeLessThan(html.indexOf('<p'));
  });

  it('shows exactly the paragraphs of the plain text, in the same order', async () => {
    const html = await renderLetterHtml(letter);
    expect(htmlParagraphs(html)).toEqual(textParagraphs(letter));
    for (const paragraph of textParagraphs(letter)) {
      for (const line of paragraph.split('\n')) expect(html).toContain(escapeHtml(line));
    }
  });

  it('escapes a hostile sender name in the HTML and keeps it verbatim in the text', async () => {
    const name = 'Anne <b>Bold</b> &bcc=evil@example.com\r\nBcc: x@evil.example %0D%0A #?';
    const hostile = letterFor({ ...fixtureSender, name }, ['en']);
    const html = await renderLetterHtml(hostile);
    expect(letterText(hostile)).toContain(`Kind regards,\n${name}`);
    expect(html).toContain(`${escapeHtml('Anne <b>Bold</b> &bcc=evil@example.com')}<br/>${escapeHtml('Bcc: x@evil.example %0D%0A #?')}`);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('&bcc=');
    expect(html).not.toMatch(/[\r\n]/);
  });

  it('agrees with the plain text for any name, note and bounce, markup and line breaks included', async () => {
    const risky = fc.constantFrom('<', '>', '&', '"', "'", '\r\n', '\n', '\r', '%0D%0A', '#', '?', '&bcc=', '<script>', '{name}');
    const field = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), risky), { maxLength: 6 }).map((pieces) => pieces.join(''));
    await fc.assert(
      fc.asyncProperty(field, field, field, async (name, note, bounce) => {
        const typed = letterFor({ ...fixtureSender, name, note, bounce }, ['fr']);
        const html = await renderLetterHtml(typed);
        expect(htmlParagraphs(html)).toEqual(textParagraphs(typed));
      }),
      { numRuns: 40 },
    );
  });
});

describe('LetterEmail', () => {
  it('is the default export too, and its preview shows a real letter from the builder', () => {
    expect(LetterEmailDefault).toBe(LetterEmail);
    expect(LetterEmailPreview.PreviewProps.letter.parts.map((part) => part.language)).toEqual(['ru', 'en']);
    expect(LetterEmailPreview.PreviewProps.letter.kind).toBe('provider');
  });
});

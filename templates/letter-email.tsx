import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';
import { Fragment } from 'react';

import type { Letter } from '@/lib/letters/types';

import { theme } from './theme';

export interface LetterEmailProps {
  letter: Letter;
}

/**
 * A paragraph's own line breaks (the facts block, a quoted bounce, a sign-off with a name) as
 * <br>: HTML would fold them into spaces, and `white-space: pre-wrap` is ignored by Outlook's
 * Word engine. Each line is a text node, so React escapes whatever the user typed.
 */
function Lines({ text }: { text: string }) {
  return text.split(/\r\n|\r|\n/).map((line, index) => (
    <Fragment key={index}>
      {index > 0 && <br />}
      {line}
    </Fragment>
  ));
}

/**
 * A letter as HTML, for the .eml draft and the preview. The words are the ones `letterText` gives,
 * paragraph for paragraph; each language's part carries its own `lang` so that screen readers
 * and spell checkers switch language with it.
 */
export function LetterEmail({ letter }: LetterEmailProps) {
  const language = letter.parts[0]?.language;
  return (
    <Html lang={language} dir="ltr">
      <Head />
      <Preview>{letter.subject}</Preview>
      <Body style={theme.body}>
        <Container style={theme.container}>
          {letter.parts.map((part, partIndex) => (
            <Fragment key={part.language}>
              {partIndex > 0 && <Hr style={theme.separator} />}
              <Section lang={part.language} style={theme.part}>
                {part.paragraphs.map((paragraph, index) => (
                  <Text key={index} style={theme.paragraph}>
                    <Lines text={paragraph} />
                  </Text>
                ))}
              </Section>
            </Fragment>
          ))}
        </Container>
      </Body>
    </Html>
  );
}

export default LetterEmail;

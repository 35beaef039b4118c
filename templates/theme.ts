import type { CSSProperties } from 'react';

/*
 * The look of every letter template, in one place. Inline styles only: most mail clients drop
 * <style> blocks. System fonts, so that no client fetches a font from a third party; body text is
 * 16px with generous line height, a letter that people read rather than skim.
 */
const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

export const theme = {
  body: { backgroundColor: '#ffffff', color: '#1a1a1a', fontFamily, margin: 0, padding: 0 },
  container: { maxWidth: '640px', margin: '0 auto', padding: '24px 16px' },
  part: { margin: 0 },
  paragraph: { fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' },
  separator: { borderColor: '#d0d0d0', margin: '24px 0' },
} satisfies Record<string, CSSProperties>;

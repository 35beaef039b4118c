/** What a mailto or a webmail compose link carries. Recipients are plain mailboxes (see assertMailbox). */
export interface ComposeFields {
  to: string[];
  cc?: string[];
  subject: string;
  body: string;
}

/** The same, with the short body to fall back on when the whole letter would make the link too long. */
export interface FitFields extends ComposeFields {
  /** Says that the full letter is on the clipboard: the page copies it on the same click. */
  shortBody: string;
}

export interface FittedHref {
  href: string;
  /** True when the link carries the short body (and maybe a cut subject) instead of the letter. */
  shortened: boolean;
}

/**
 * What a bounce says, as far as it could be read: a delivery status notification (RFC 3464) or a
 * rejection text pasted from one (Postfix, Exim, Exchange, Gmail, Mail.ru, Yandex). Every field is
 * optional: a letter states a fact only when the bounce gave it. Read by `readBounce`
 * (lib/bounce/read-bounce.ts); each value is checked for its field's shape, never repaired.
 */
export interface BounceFacts {
  /**
   * The MTA that wrote the report (RFC 3464 Reporting-MTA, Postfix's "mail system at host …",
   * Exchange's "Generating server"), host name in lower case: the sender's side, not the refuser.
   */
  reportingMta?: string;
  /**
   * The server that refused the message (Remote-MTA, or the host a log line names), host name in
   * lower case without the trailing dot.
   */
  remoteMta?: string;
  /**
   * That server's IP address, when the bounce gives it beside that same host (IPv6 in RFC 5952
   * form). Loopback and private addresses are left out: they name no server a postmaster can find.
   */
  remoteIp?: string;
  /** The SMTP reply code, e.g. 550: a failure, 4xx or 5xx. Absent when the server never replied. */
  smtpCode?: number;
  /**
   * The enhanced status code (RFC 3463), e.g. "5.7.1": the server's own, as it wrote it after the
   * reply code, else the report's Status field.
   */
  enhancedCode?: string;
  /**
   * The refusing server's own words, on one line, codes included ("550 5.7.1 Message rejected…"); a
   * multi-line reply is joined without its repeated codes, and one over 1,000 characters is cut with
   * an ellipsis. When the server never replied (no `smtpCode`), what the sending MTA saw instead
   * ("connect to mxs.mail.ru[94.100.180.31]:25: Connection timed out").
   */
  diagnostic?: string;
  /**
   * When the message reached the reporting MTA (Arrival-Date), else the Date of the returned
   * message's headers (a refusal during the SMTP session follows it by seconds): ISO 8601 in UTC,
   * to the second, e.g. "2023-11-20T11:05:01Z".
   */
  arrivalDate?: string;
  /** The recipient the report is about (Final-Recipient, or the address the text names), `local@domain`. */
  finalRecipient?: string;
  /**
   * The refused message's Message-ID with its angle brackets, when the bounce attaches or quotes its
   * headers (or, in Gmail's reports, names it in X-Original-Message-ID).
   */
  messageId?: string;
  /**
   * The provider's own reference for this refusal, as its support asks for it: Mail.ru's
   * "Error code: …, ID: …", Yandex's session ID ("1631900360-h4Ajl35YEe-dK78OYi4").
   */
  reference?: string;
  /** The first web link in the refusing server's words: http or https only. */
  helpUrl?: string;
}

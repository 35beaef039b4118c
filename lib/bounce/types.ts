/**
 * What a bounce says, as far as it could be read: a delivery status notification (RFC 3464) or a
 * rejection text pasted from one (Postfix, Exim, Exchange, Gmail, Mail.ru, Yandex). Every field is
 * optional: a letter states a fact only when the bounce gave it.
 */
export interface BounceFacts {
  /** The MTA that wrote the report (RFC 3464 Reporting-MTA), host name. */
  reportingMta?: string;
  /** The server that refused the message (Remote-MTA, or the host a log line names), host name. */
  remoteMta?: string;
  /** That server's IP address, when the bounce gives it. */
  remoteIp?: string;
  /** The SMTP reply code, e.g. 550. */
  smtpCode?: number;
  /** The enhanced status code (RFC 3463), e.g. "5.7.1". */
  enhancedCode?: string;
  /** The refusing server's own words, on one line. */
  diagnostic?: string;
  /** When the message reached the reporting MTA (Arrival-Date), ISO 8601. */
  arrivalDate?: string;
  /** The recipient the report is about (Final-Recipient), an address. */
  finalRecipient?: string;
  /** The refused message's Message-ID, when the bounce attaches its headers. */
  messageId?: string;
  /** The provider's own reference for this refusal (a ticket-like ID or error code). */
  reference?: string;
  /** A help link the refusing server gave. */
  helpUrl?: string;
}

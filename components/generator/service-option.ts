/** A blocked service as the form offers it: what the select shows and what OONI is asked about. */
export interface ServiceOption {
  id: string;
  name: string;
  /** The domain OONI Explorer is searched for. */
  domain: string;
}

/** The select's value for a service the list does not know; its name is then typed. */
export const otherServiceValue = 'other';

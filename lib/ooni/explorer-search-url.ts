/**
 * OONI Explorer's search for one domain's measurements from Russia. OONI's web_connectivity test
 * measures whether a *website* loads, not whether mail is delivered: the page says so next to it.
 * Format as OONI's own reports link it (explorer.ooni.org/search?domain=…&probe_cc=RU).
 */
export function explorerSearchUrl(domain: string, countryCode = 'RU'): string {
  const url = new URL('https://explorer.ooni.org/search');
  url.searchParams.set('domain', domain);
  url.searchParams.set('probe_cc', countryCode);
  return url.href;
}

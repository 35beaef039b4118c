import { memo } from 'react';

import type { UiMessages } from '@/lib/i18n/get-dictionary';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import { explorerSearchUrl } from '@/lib/ooni/explorer-search-url';

interface GuidanceProps {
  messages: UiMessages['guidance'];
  locale: Locale;
  /** The blocked service as the user named it. */
  serviceName: string;
  /** Its main domain, when the service is a known one: OONI Explorer is searched for it. */
  serviceDomain: string | null;
}

/**
 * What to do around the letters: where to send from, what to attach, how to measure the block.
 * Memoised: it changes with the service alone, not with every render of the form around it.
 */
export const Guidance = memo(function Guidance({ messages: t, locale, serviceName, serviceDomain }: GuidanceProps) {
  return (
    <section aria-labelledby="guidance-heading" className="panel">
      <h2 id="guidance-heading">{t.heading}</h2>
      <h3>{t.sendElsewhereHeading}</h3>
      <p>{formatMessage(t.sendElsewhere, { service: serviceName })}</p>
      <h3>{t.attachHeading}</h3>
      <p>{t.attach}</p>
      <h3>{t.ooniHeading}</h3>
      <p>{t.ooniRun}</p>
      {/* A probe tells the network what it tests, and its results are published with the network's
          name: the person who runs it carries that, so the page says so and sends no one else. */}
      <p>
        {t.ooniRisk}{' '}
        <a href="https://ooni.org/about/risks/" rel="noopener noreferrer">
          {t.ooniRisks}
        </a>
      </p>
      <ul>
        <li>
          <a href="https://ooni.org/install" rel="noopener noreferrer">
            {t.ooniInstall}
          </a>
        </li>
        {serviceDomain && (
          <li>
            <a
              href={explorerSearchUrl(serviceDomain)}
              rel="noopener noreferrer"
            >
              {formatMessage(t.ooniExplorer, { domain: serviceDomain })}
            </a>
          </li>
        )}
      </ul>
      <p>{t.ooniNote}</p>
      <h3>{t.recordHeading}</h3>
      <p>
        {t.record} <a href={`/${locale}/blocking`}>{t.recordLink}</a>
      </p>
    </section>
  );
});

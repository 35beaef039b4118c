import type { BlockedService } from '@/lib/data/schema';

import type { DataPageMessages } from './data-page-messages';

interface BlockedServiceRecordsProps {
  services: BlockedService[];
  messages: DataPageMessages;
}

/** The services whose users' mail is refused: the sender's side of the letters. */
export function BlockedServiceRecords({ services, messages: t }: BlockedServiceRecordsProps) {
  return (
    <ul className="contacts">
      {services.map((service) => (
        <li key={service.id}>
          <strong>{service.name}</strong>
          {' — '}
          {t.page.domains}: {service.domains.join(', ')}; {t.page.country}: {service.country}; {t.page.website}:{' '}
          <a href={service.website} rel="noopener noreferrer">
            {service.website}
          </a>
        </li>
      ))}
    </ul>
  );
}

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
          {t.page.domains}
          {t.punctuation.colon}
          {service.domains.join(', ')}
          {t.punctuation.separator}
          {t.page.country}
          {t.punctuation.colon}
          {service.country}
          {t.punctuation.separator}
          {t.page.website}
          {t.punctuation.colon}
          <a href={service.website} rel="noopener noreferrer">
            {service.website}
          </a>
        </li>
      ))}
    </ul>
  );
}

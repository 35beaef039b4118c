import type { ReactNode } from 'react';

interface RecordFactsProps {
  facts: Array<[term: string, value: ReactNode]>;
}

/** A record's facts as a description list; a fact without a value is left out rather than shown empty. */
export function RecordFacts({ facts }: RecordFactsProps) {
  const shown = facts.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <dl className="facts">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

import 'server-only';

import { LRUCache } from 'lru-cache';

interface Entry<Answer> {
  inputs: readonly unknown[];
  answer: Answer;
}

/** Builds an answer, or gives the one built for the same key from the same inputs. */
export type AnswerCache<Answer> = (key: string, inputs: readonly unknown[], build: () => Answer) => Answer;

/**
 * Serialised answers by key (a domain), each kept with the inputs it was built from, compared by
 * identity: the MX answer the server's own cache holds, the public record's pairs. When one of
 * them is replaced (the MX answer expired, a report came), the next request builds the answer
 * again, so the cache never outlives what it was made of. Bounded in bytes, least recently used
 * first out, so a flood of invented domains costs memory no more than `maxBytes`.
 */
export function createAnswerCache<Answer>({ maxBytes, sizeOf }: { maxBytes: number; sizeOf: (answer: Answer) => number }): AnswerCache<Answer> {
  const cache = new LRUCache<string, Entry<Answer>>({ maxSize: maxBytes, sizeCalculation: (entry) => Math.max(1, sizeOf(entry.answer)) });
  return (key, inputs, build) => {
    const kept = cache.get(key);
    if (kept && kept.inputs.length === inputs.length && kept.inputs.every((input, index) => input === inputs[index])) return kept.answer;
    const answer = build();
    cache.set(key, { inputs, answer });
    return answer;
  };
}

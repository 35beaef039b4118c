import type { BounceFacts } from './types';

/** Placeholder until the bounce reader lands (branch `bounce`): reads nothing yet. */
export async function readBounce(input: string): Promise<BounceFacts | null> {
  void input;
  return null;
}

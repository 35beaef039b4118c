import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** docs/deploy.md: the layout test reads its nginx site and systemd unit from there, not from a copy. */
const deployDoc = () => readFileSync(join(__dirname, '..', '..', 'docs', 'deploy.md'), 'utf8');

/** The fenced block of `language` whose first line is `firstLine`; throws when there is none. */
export function fencedBlock(markdown: string, language: string, firstLine: string): string {
  for (const [, info, body = ''] of markdown.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)) {
    if (info?.trim() === language && body.split('\n', 1)[0]?.trim() === firstLine) return body;
  }
  throw new Error(`docs/deploy.md has no \`\`\`${language} block starting with "${firstLine}"`);
}

/** The nginx site, as an operator saves it in /etc/nginx/sites-available/. */
export function nginxSite(): string {
  return fencedBlock(deployDoc(), 'nginx', '# /etc/nginx/sites-available/unblock-mail');
}

/** The systemd template unit of one instance. */
export function systemdUnit(): string {
  return fencedBlock(deployDoc(), 'ini', '# /etc/systemd/system/unblock-mail@.service');
}

/**
 * The environment a unit gives its instance (`Environment=NAME=value` lines, `%i` being the
 * instance's name, here its port), as systemd would set it. Commented lines are not settings.
 */
export function unitEnvironment(unit: string, instance: string): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const [, assignment = ''] of unit.matchAll(/^Environment=(.*)$/gm)) {
    const unquoted = assignment.replace(/^"(.*)"$/, '$1').replaceAll('%i', instance);
    const equals = unquoted.indexOf('=');
    if (equals > 0) environment[unquoted.slice(0, equals)] = unquoted.slice(equals + 1);
  }
  return environment;
}

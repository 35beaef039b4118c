import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const layout = `export const metadata = { title: 'Bare', description: 'A bare Next.js page for the benchmark.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

const page = `export default function Page() {
  return (
    <main>
      <h1>Bare Next.js</h1>
      <p>One static page, the baseline for first-load JavaScript.</p>
    </main>
  );
}
`;

// The same shape of work a JSON route does at the least: read a query parameter, answer JSON.
const route = `export function GET(request) {
  const domain = request.nextUrl.searchParams.get('domain');
  return Response.json({ domain, provider: null });
}
`;

/**
 * Writes the bare app into `dir` (under `.bench/`, gitignored) with the project's own next, react
 * and react-dom versions. Nothing is installed: Node and the bundler resolve packages by walking up
 * the directories, so from `.bench/bare` they find the project's `node_modules`, and the versions
 * are the same by construction (checked against the installed packages).
 */
export async function writeBareApp(projectDir, dir) {
  const project = JSON.parse(await readFile(path.join(projectDir, 'package.json'), 'utf8'));
  const versions = Object.fromEntries(['next', 'react', 'react-dom'].map((name) => [name, project.dependencies[name]]));
  const require = createRequire(path.join(projectDir, 'package.json'));
  for (const [name, wanted] of Object.entries(versions)) {
    const installed = require(`${name}/package.json`).version;
    if (installed !== wanted) throw new Error(`${name}: package.json says ${wanted}, node_modules holds ${installed}`);
  }
  await mkdir(path.join(dir, 'app', 'api', 'resolve'), { recursive: true });
  const manifest = { name: 'bench-bare', private: true, dependencies: versions };
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // Served like the app, by its standalone server.js; traced from the project, whose node_modules
  // hold the packages it resolves.
  await writeFile(path.join(dir, 'next.config.js'), `module.exports = { output: 'standalone', outputFileTracingRoot: ${JSON.stringify(projectDir)} };\n`);
  await writeFile(path.join(dir, 'app', 'layout.js'), layout);
  await writeFile(path.join(dir, 'app', 'page.js'), page);
  await writeFile(path.join(dir, 'app', 'api', 'resolve', 'route.js'), route);
  return versions;
}

/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script on purpose: require hooks are how plain Node loads TypeScript without a loader dependency. */
// Lets plain Node require the project's TypeScript `lib/` for the throughput figures, with no
// bundler and no new dependency: `typescript`'s transpileModule strips the types (target ES2022,
// as tsconfig, so nothing is down-levelled and the code runs as the app ships it), and `@/` maps
// to the project root as in tsconfig's `paths`.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const ts = require('typescript');

const root = path.resolve(__dirname, '..');

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveWithAlias(request, ...rest) {
  const mapped = request.startsWith('@/') ? path.join(root, request.slice(2)) : request;
  return resolveFilename.call(this, mapped, ...rest);
};

function compileTypeScript(module, filename) {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      jsx: ts.JsxEmit.ReactJSX,
    },
  });
  module._compile(outputText, filename);
}

require.extensions['.ts'] = compileTypeScript;
require.extensions['.tsx'] = compileTypeScript;

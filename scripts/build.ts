/**
 * `npm run build`: compiles Steward into one self-contained executable at dist/steward
 * (Bun runtime, our code, migrations and the SQLite addon embedded). The binary runs from an
 * empty directory. The pipeline worker is a second entry point, so the binary can start it.
 */
import { mkdirSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const outfile = `${root}dist/steward`;
mkdirSync(`${root}dist`, { recursive: true });

const started = performance.now();
const result = Bun.spawnSync(
  [process.execPath, 'build', '--compile', '--minify-syntax', '--minify-whitespace', '--sourcemap=inline', `${root}main.ts`, `${root}core/pipeline/pipeline-worker.ts`, '--outfile', outfile],
  { cwd: root, stdout: 'inherit', stderr: 'inherit' },
);
if (result.exitCode !== 0) {
  console.error('build failed');
  process.exit(result.exitCode ?? 1);
}
console.log(`built ${outfile} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

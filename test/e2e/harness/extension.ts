import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_DIR = fileURLToPath(new URL('../../../', import.meta.url));
export const EXTENSION_DIR = join(REPO_DIR, '.output/chrome-mv3');

// What goes into the built extension: a build older than any of these is stale.
const SOURCES = ['entrypoints', 'lib', 'components', 'locales', 'assets', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function isStale(): boolean {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(REPO_DIR, source)) > built);
}

/**
 * Tests must run against the code in the tree, not a build from an hour ago: build when the output is
 * missing or older than the sources. CANDOR_E2E_NO_BUILD=1 uses whatever is in .output as is.
 */
export function ensureExtensionBuilt(): void {
  if (process.env.CANDOR_E2E_NO_BUILD === '1') {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`CANDOR_E2E_NO_BUILD=1 but ${EXTENSION_DIR} has no manifest.json`);
    return;
  }
  if (!isStale()) return;
  const run = spawnSync('npx', ['--no-install', 'wxt', 'build'], { cwd: REPO_DIR, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wxt build failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
}

/** The content scripts the build produced (for the size report). */
export function contentScriptFiles(): string[] {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
}

interface BuiltManifest {
  background?: { service_worker?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

/** Whether a build directory is complete: a manifest, and every script and style it names. */
function isComplete(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BuiltManifest;
    const files = [manifest.background?.service_worker, ...(manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])])];
    return files.every((file) => !file || existsSync(join(dir, file)));
  } catch {
    return false;
  }
}

/**
 * A private copy of the build for one browser. Others run `wxt build` on this tree too, and it empties
 * .output first: a browser loading the shared folder mid-build would come up with no extension at all.
 */
export async function snapshotExtension(): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    if (isComplete(EXTENSION_DIR)) {
      const copy = mkdtempSync(join(tmpdir(), 'candor-extension-'));
      cpSync(EXTENSION_DIR, copy, { recursive: true });
      if (isComplete(copy)) return copy;
      rmSync(copy, { recursive: true, force: true });
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${EXTENSION_DIR} stayed incomplete for 10 s (a build that failed, or one that never ends)`);
}

// Checks the code's layer rules and conventions, so that they hold without a reviewer's memory.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(ROOT, folder))) {
    const path = join(folder, entry);
    if (statSync(join(ROOT, path)).isDirectory()) found.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mjs)$/.test(entry)) found.push(path);
  }
  return found;
}

/** Every module a file imports: project paths relative to the root, packages by name. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1]!,
  );
  const bare = [...text.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return [...specifiers, ...bare].map((specifier) =>
    specifier.startsWith('.') ? normalize(relative(ROOT, join(ROOT, dirname(file), specifier))) : specifier,
  );
}

/** Modules a file needs at run time: imports and re-exports that are not `type` only. */
function runtimeImportsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const statements = [...text.matchAll(/(?:^|\n)\s*(import|export)\s+([^;]*?)\s*from\s+['"]([^'"]+)['"]/g)];
  const bare = [...text.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  const needed = statements
    .filter(([, , clause]) => {
      if (/^type\b/.test(clause!)) return false;
      const named = /^\{([^}]*)\}$/.exec(clause!.trim());
      return (
        !named || named[1]!.split(',').some((name) => name.trim() !== '' && !/^type\s/.test(name.trim()))
      );
    })
    .map((m) => m[3]!);
  return [...needed, ...bare].map((specifier) =>
    specifier.startsWith('.') ? normalize(relative(ROOT, join(ROOT, dirname(file), specifier))) : specifier,
  );
}

/** Every project module `entry` pulls in at run time, itself included. */
function runtimeClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const target of runtimeImportsOf(file)) {
      if (!/^(lib|components|entrypoints)\//.test(target)) continue;
      const path = ['.ts', '.tsx', '/index.ts']
        .map((ext) => target + ext)
        .find((candidate) => {
          try {
            return statSync(join(ROOT, candidate)).isFile();
          } catch {
            return false;
          }
        });
      if (path) visit(path);
    }
  };
  visit(entry);
  return seen;
}

const APP_FILES = [...sourceFiles('lib'), ...sourceFiles('components'), ...sourceFiles('entrypoints')];

function violations(files: string[], forbidden: (target: string) => boolean): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map((target) => `${file} -> ${target}`),
  );
}

describe('layer rules', () => {
  it('lib/detect imports nothing outside itself: it runs in Node, in pages and in the CLI', () => {
    const files = sourceFiles('lib/detect');
    expect(files.length).toBeGreaterThan(0);
    expect(violations(files, (target) => !target.startsWith('lib/detect'))).toEqual([]);
  });

  it('lib/lookup only talks to the network and returns plain data: no database, UI or entrypoints', () => {
    const files = sourceFiles('lib/lookup');
    expect(files.length).toBeGreaterThan(0);
    const allowed = (target: string): boolean =>
      target.startsWith('lib/lookup') || target.startsWith('lib/model') || target === 'wxt/browser';
    expect(violations(files, (target) => !allowed(target))).toEqual([]);
  });

  it('lib/page and the content script never touch the database (it would belong to the news site)', () => {
    const files = [...sourceFiles('lib/page'), ...sourceFiles('entrypoints/content')];
    expect(violations(files, (target) => target.startsWith('lib/db') || target === 'dexie')).toEqual([]);
  });

  it('the content script carries no analysis engine: pages send their text to the background’s', () => {
    const modules = [...runtimeClosure('entrypoints/content/index.ts')];
    expect(modules).toContain('lib/page/dossier-page.ts');
    expect(modules.filter((file) => file.startsWith('lib/detect') || file.startsWith('lib/db'))).toEqual([]);
  });

  it('components get props and raise events: no database, no messaging, no browser API', () => {
    const forbidden = (target: string): boolean =>
      target.startsWith('lib/db') ||
      target === 'lib/messaging' ||
      target === 'dexie' ||
      target.startsWith('wxt');
    expect(violations(sourceFiles('components'), forbidden)).toEqual([]);
  });

  it('lib never imports entrypoints, and only lib/ui (the connected views) imports components', () => {
    const libOutsideUi = sourceFiles('lib').filter((file) => !file.startsWith('lib/ui/'));
    expect(violations(sourceFiles('lib'), (target) => target.startsWith('entrypoints'))).toEqual([]);
    expect(violations(libOutsideUi, (target) => target.startsWith('components'))).toEqual([]);
  });

  it('only the background and extension pages (popup, options, their shared hooks) open the database', () => {
    const users = APP_FILES.filter((file) => importsOf(file).some((target) => target.startsWith('lib/db')));
    const allowed = (file: string): boolean =>
      ['lib/db/', 'lib/background/', 'lib/ui/', 'entrypoints/popup/', 'entrypoints/options/'].some((folder) =>
        file.startsWith(folder),
      ) || file === 'entrypoints/background.ts';
    expect(users.length).toBeGreaterThan(0);
    expect(users.filter((file) => !allowed(file))).toEqual([]);
  });
});

describe('conventions', () => {
  it('every module starts with a header comment saying what it owns', () => {
    const missing = APP_FILES.filter((file) => {
      const firstLine = readFileSync(join(ROOT, file), 'utf8').split('\n')[0] ?? '';
      return !/^(\/\/|\/\*|#!)/.test(firstLine);
    });
    expect(missing).toEqual([]);
  });

  it('no innerHTML, outerHTML, insertAdjacentHTML or document.write in Dossier’s own code', () => {
    const offenders = APP_FILES.filter((file) =>
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/.test(
        readFileSync(join(ROOT, file), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

// The import graph of packages/*/src, read with the TypeScript compiler's own import scanner
// (`ts.preProcessFile`: static imports, re-exports, `import()` and `require`), without type-checking.
import ts from 'typescript';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One import of one source file. */
export interface SourceImport {
  /** As written: `../time/wall-time.js`, `@date-fns/tz`. */
  specifier: string;
  /** For a relative import, the file it names, relative to the repository root (`.js` read as `.ts`). */
  target?: string;
}

/** A source file and what it imports. */
export interface SourceFile {
  /** Relative to the repository root: `packages/core/src/plan/parse-plan.ts`. */
  path: string;
  /** The package folder: `core`, `elements`. */
  pkg: string;
  imports: SourceImport[];
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The `.ts` file a relative specifier names (ESM `.js` specifiers name `.ts` sources here). */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Every TypeScript file under packages/<pkg>/src with its imports. */
export function sourceFiles(root: string): SourceFile[] {
  const packages = readdirSync(join(root, 'packages'))
    .filter((p) => existsSync(join(root, 'packages', p, 'src')))
    .sort();
  return packages.flatMap((pkg) =>
    walk(join(root, 'packages', pkg, 'src')).map((file) => {
      const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const imports = info.importedFiles.map(({ fileName: specifier }) => {
        if (!specifier.startsWith('.')) return { specifier };
        const target = resolveRelative(file, specifier);
        return { specifier, target: target && relative(root, target) };
      });
      return { path: relative(root, file), pkg, imports };
    }),
  );
}

/**
 * The import cycles among `files` (strongly connected components of more than one file, or a file that
 * imports itself), each as a list of paths, found with Tarjan's algorithm.
 */
export function importCycles(files: readonly SourceFile[]): string[][] {
  const edges = new Map(files.map((f) => [f.path, [...new Set(f.imports.flatMap((i) => (i.target ? [i.target] : [])))]]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)!.includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

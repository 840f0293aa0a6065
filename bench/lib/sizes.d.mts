// Types of sizes.mjs for the TypeScript test that imports it.
export declare const ROOT: string;
export declare const KB: number;
export declare const BUDGETS: { readonly core: number; readonly bundle: number };
export declare const FILES: { readonly coreEntry: string; readonly elementsEntry: string; readonly bundle: string };
export interface Size {
  readonly raw: number;
  readonly min: number;
  readonly gzip: number;
}
export interface BundleSize {
  readonly min: number;
  readonly gzip: number;
  readonly code: string;
  /** Rendered (tree-shaken, unminified) bytes per package, largest first. */
  readonly byPackage: ReadonlyArray<readonly [string, number]>;
  /** Each module's rendered (tree-shaken, unminified) code. */
  readonly modules: ReadonlyArray<{ readonly id: string; readonly code: string }>;
}
export declare function gzipSize(code: string | Uint8Array): number;
export declare function minGzip(code: string, options?: { module?: boolean }): Promise<Size>;
export declare function packageOf(id: string): string;
export declare function partOf(id: string): string;
export declare function breakdown(bundle: BundleSize): Promise<Array<[string, number]>>;
export declare function browserBundle(entry: string | readonly string[], options?: { outDir?: string; external?: readonly string[] }): Promise<BundleSize>;
export declare function fileSize(path: string, options?: { module?: boolean; minified?: boolean }): Promise<Size>;
export interface FileSize extends Size {
  /** Path relative to the entry's folder. */
  readonly file: string;
}
export interface LoadedSize extends Size {
  /** The entry and the chunks it imports statically: what a page fetches before it runs. */
  readonly files: readonly FileSize[];
  /** Chunks only `import()` reaches: fetched on demand. */
  readonly lazy: readonly FileSize[];
}
export declare function moduleFiles(entry: string): { loaded: string[]; lazy: string[] };
export declare function loadedSize(entry: string): Promise<LoadedSize>;
export declare function kb(bytes: number): string;

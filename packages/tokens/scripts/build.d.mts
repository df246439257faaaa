// Types for the token build, so the tests (TypeScript) can import it.
export interface FlatToken {
  path: string;
  type: string | undefined;
  value: unknown;
  description: string | undefined;
  private: boolean;
  scope: 'all' | 'root';
  source: string;
}
export interface CompiledTheme {
  id: string;
  name: { vi: string; en: string };
  description: string;
  values: Record<string, string>;
  hostNames: string[];
  rootOnly: string[];
}
export interface TokenMetaOut { name: string; key: string; path: string; type: string; description: string; scope: 'all' | 'root' }
export const PACKAGE_ROOT: string;
export function readJsonDir(dir: string): { file: string; json: any }[];
export function flatten(tree: unknown, source?: string): FlatToken[];
export function loadBase(root?: string): Map<string, FlatToken>;
export function loadThemes(base: Map<string, FlatToken>, root?: string): { id: string; name: { vi: string; en: string }; description?: string; overrides: Map<string, unknown>; source: string }[];
export function resolveTheme(base: Map<string, FlatToken>, overrides?: Map<string, unknown>): Map<string, unknown>;
export function toCss(type: string, value: unknown): string;
export function cssName(path: string): string;
export function jsName(name: string): string;
export function compile(root?: string): { meta: TokenMetaOut[]; themes: CompiledTheme[]; motion: string[] };
export function themeCss(theme: CompiledTheme, motion: string[]): string;
export function generate(root?: string): Map<string, string>;
export function staleFiles(files: Map<string, string>, root?: string, prefix?: string): string[];

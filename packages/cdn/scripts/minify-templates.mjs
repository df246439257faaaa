// Bundler plugin for the CDN build (rolldown): minifies the static text of Lit `css`, `html` and `svg` tagged
// templates in the workspace's TypeScript sources (see template-minify.mjs for exactly what is and
// is not rewritten). Templates are found with the TypeScript parser (the repo's own `typescript`),
// so strings, comments and nested templates in code are never mistaken for templates.
import ts from 'typescript';
import { minifyCssParts, minifyHtmlParts } from './template-minify.mjs';

const TAGS = { css: minifyCssParts, html: minifyHtmlParts, svg: minifyHtmlParts };

/** Module specifiers `token` may come from for inlining (@motcua/ui's base/tokens.ts). */
const TOKEN_MODULE = /^(@motcua\/ui|(\.\.?\/)+(base\/)?(index|tokens)\.js|\.\.\/base\/index\.js)$/;

/**
 * The `token(name)` table of @motcua/ui (`var(--mc-x, <default>)` per token), from the `vars` of
 * `@motcua/tokens`, exactly as `tokenValue()` resolves a name at run time.
 * @param {Record<string, string>} vars `import { vars } from '@motcua/tokens'`
 */
export function tokenTable(vars) {
  const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
  return (name) => vars[name] ?? vars[camel(name)] ?? `var(--mc-${name})`;
}

/**
 * Returns `source` with its tagged templates' static parts minified, and how many were rewritten.
 * With `tokenValue` (see tokenTable), `${token('space-2')}` in a css template, `token` imported from
 * @motcua/ui, becomes the text it stands for (`var(--mc-space-2, 0.5rem)`): the same CSS, and a
 * bundle whose templates all do so no longer needs the run-time token table.
 * @param {string} source @param {string} fileName @param {{ tokenValue?: (name: string) => string }} [options]
 */
export function minifyTemplatesInSource(source, fileName = 'file.ts', { tokenValue } = {}) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  // Local names bound to @motcua/ui's token() in this file.
  const tokenNames = new Set();
  if (tokenValue) {
    for (const st of file.statements) {
      if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || !TOKEN_MODULE.test(st.moduleSpecifier.text)) continue;
      const named = st.importClause?.namedBindings;
      if (named && ts.isNamedImports(named) && !st.importClause.isTypeOnly) {
        for (const el of named.elements) if ((el.propertyName ?? el.name).text === 'token') tokenNames.add(el.name.text);
      }
    }
  }
  /** The folded text of `${token('x')}`, or undefined when the expression is anything else. */
  const folded = (expr) => {
    if (!tokenNames.size || !ts.isCallExpression(expr) || !ts.isIdentifier(expr.expression) || !tokenNames.has(expr.expression.text)) return undefined;
    const [arg] = expr.arguments;
    if (expr.arguments.length !== 1 || !arg || !(ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) return undefined;
    const value = tokenValue(arg.text);
    // Written into a template literal's raw text: nothing that would need escaping there.
    return /[`\\]|\$\{/.test(value) ? undefined : value;
  };
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  let count = 0;
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && Object.hasOwn(TAGS, node.tag.text)) {
      const tpl = node.template;
      /** Source ranges of the static parts (raw text, without the delimiters). */
      const ranges = [];
      const exprs = [];
      if (ts.isNoSubstitutionTemplateLiteral(tpl)) ranges.push([tpl.getStart(file) + 1, tpl.end - 1]);
      else {
        ranges.push([tpl.head.getStart(file) + 1, tpl.head.end - 2]);
        for (const span of tpl.templateSpans) {
          const lit = span.literal;
          exprs.push(span.expression);
          ranges.push([lit.getStart(file) + 1, lit.end - (ts.isTemplateTail(lit) ? 1 : 2)]);
        }
      }
      // Groups of static parts joined by folded token() calls: [{ start, end, text }].
      const groups = [{ start: ranges[0][0], end: ranges[0][1], text: source.slice(ranges[0][0], ranges[0][1]) }];
      exprs.forEach((expr, k) => {
        const [a, b] = ranges[k + 1];
        const value = node.tag.text === 'css' ? folded(expr) : undefined;
        const last = groups[groups.length - 1];
        if (value !== undefined) {
          last.end = b;
          last.text += value + source.slice(a, b);
        } else groups.push({ start: a, end: b, text: source.slice(a, b) });
      });
      const minified = TAGS[node.tag.text](groups.map((g) => g.text));
      groups.forEach((g, k) => {
        if (minified[k] !== source.slice(g.start, g.end)) edits.push({ start: g.start, end: g.end, text: minified[k] });
      });
      count++;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { code: out, templates: count };
}

/**
 * The rolldown plugin: runs minifyTemplatesInSource on the workspace's TypeScript sources that
 * have css/html/svg templates (before TypeScript is stripped), nothing else.
 * @param {{ filter?: RegExp, tokenValue?: (name: string) => string }} [options]
 */
export function minifyTemplatesPlugin({ filter = /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/, tokenValue } = {}) {
  return {
    name: 'motcua-minify-templates',
    transform: {
      filter: { id: filter },
      handler(code, id) {
        if (id.includes('node_modules') || id.endsWith('.d.ts') || !/\b(css|html|svg)`/.test(code)) return null;
        return { code: minifyTemplatesInSource(code, id, { tokenValue }).code, map: null };
      },
    },
  };
}

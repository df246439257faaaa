// One Trusted Types policy for every copy of lit-html on a page. lit-html creates its policy,
// "lit-html", when it is first evaluated; a page whose CSP names it (`trusted-types lit-html`, as
// the embedding guide asks) without 'allow-duplicates' refuses a second policy of that name, and
// the second copy fails to load. A page has a second copy when it holds one kind of widget (which
// loads its solo build, one file with its own Lit) and adds another kind later: that one loads
// its own solo build too. The policy only passes lit's own template strings through
// (createHTML: s => s), so every copy can use the first one's: the CDN build keeps it in a global
// slot of its own (Symbol.for, not a name on window) and reuses it.
const LIT_HTML = /[\\/]lit-html[\\/]lit-html\.js$/;
// lit-html's published (minified) code: `s?s.createPolicy("lit-html",{createHTML:t=>t}):void 0`.
const CREATE = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/g;

export function sharedLitPolicyPlugin() {
  return {
    name: 'motcua-shared-lit-policy',
    transform(code, id) {
      if (!LIT_HTML.test(id)) return null;
      let found = 0;
      const out = code.replace(CREATE, (_, tt, options) => {
        found++;
        return `(globalThis[Symbol.for("motcua.lit-html.policy")]??=${tt}.createPolicy("lit-html",${options}))`;
      });
      // A Lit upgrade that words it otherwise must not pass unnoticed: the second copy would fail.
      if (found !== 1) throw new Error(`lit-policy-plugin: expected one createPolicy("lit-html", …) in ${id}, found ${found}`);
      return { code: out, map: null };
    },
  };
}

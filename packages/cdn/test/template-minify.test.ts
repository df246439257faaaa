// The CDN build minifies the static text of Lit css/html templates (scripts/template-minify.mjs).
// Here, in Chromium, each template is rendered as written and as minified, and what a citizen
// sees must be the same: the rendered text (innerText, i.e. after the browser's own white-space
// handling), attribute values, and for CSS the computed styles.
import { expect } from '@open-wc/testing';
import { css, html, render, LitElement, unsafeCSS, type CSSResultGroup, type TemplateResult } from 'lit';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { minifyCssParts, minifyHtmlParts } from '../scripts/template-minify.mjs';

const minHtml = minifyHtmlParts as (parts: string[]) => string[];
const minCss = minifyCssParts as (parts: string[]) => string[];

/** A TemplateStringsArray from plain parts (no escapes in these cases, so raw = cooked). */
function strings(parts: string[]): TemplateStringsArray {
  return Object.assign([...parts], { raw: [...parts] }) as unknown as TemplateStringsArray;
}

/** Renders parts + values as written and minified; returns both containers. */
function renderBoth(parts: string[], values: unknown[] = []): [HTMLElement, HTMLElement] {
  const boxes = [parts, minHtml(parts)].map((p) => {
    const box = document.createElement('div');
    box.style.width = '20rem';
    document.body.append(box);
    render(html(strings(p), ...values) as TemplateResult, box);
    return box;
  });
  return boxes as unknown as [HTMLElement, HTMLElement];
}

const HTML_CASES: Array<{ name: string; parts: string[]; values?: unknown[] }> = [
  { name: 'indented block markup', parts: ['\n  <div class="a">\n    <p>\n      Xin chào\n    </p>\n    <p>Hai</p>\n  </div>\n'] },
  { name: 'inline elements separated by newlines keep their space', parts: ['<p><b>Mã hồ sơ</b>\n  <span>000.00.25</span>\n  <em>ok</em></p>'] },
  { name: 'no space between inline elements stays none', parts: ['<p><b>a</b><i>b</i>c</p>'] },
  { name: 'text around bindings', parts: ['<p>\n  ', ':\n  <strong>', '</strong>\n  (', ')\n</p>'], values: ['Trạng thái', 'Đã tiếp nhận', 3] },
  { name: 'adjacent bindings separated by a space', parts: ['<p>', ' ', '</p>'], values: ['a', 'b'] },
  { name: 'attributes over several lines, quoted values untouched', parts: ['<button\n    type="button"\n    title="  two   spaces  "\n    data-x=\'a  b\'\n  >\n    Gửi\n  </button>'] },
  { name: 'attribute bindings', parts: ['<a\n  href=', '\n  aria-label="', '"\n  class="link  x"\n>Xem</a>'], values: ['#x', 'Xem   hồ sơ'] },
  { name: 'comments removed, text either side kept', parts: ['<p>a <!-- note --> b<!-- x -->c</p>'] },
  { name: 'pre and textarea untouched', parts: ['<pre>  a\n    b  </pre><textarea>  x\n  y </textarea>'] },
  { name: 'list with bindings', parts: ['<ul>\n  ', '\n</ul>'], values: [['Một', 'Hai'].map((t) => html`<li>${t}</li>`)] },
  { name: 'less-than in text', parts: ['<p>1 < 2  and   3 > 2</p>'] },
  { name: 'self-closing svg', parts: ['<svg viewBox="0 0 10 10" aria-hidden="true">\n  <path d="m1 1 8 8"\n  />\n</svg><span> x </span>'] },
];

describe('template minification (CDN build): html', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  for (const c of HTML_CASES) {
    it(`renders the same: ${c.name}`, () => {
      const [a, b] = renderBoth(c.parts, c.values);
      expect(b.innerText).to.equal(a.innerText);
      const attrs = (el: Element) => [...el.querySelectorAll('*')].map((n) => [n.localName, ...[...n.attributes].map((x) => `${x.name}=${x.value}`)].join(' '));
      expect(attrs(b)).to.deep.equal(attrs(a));
      const raw = (el: Element) => [...el.querySelectorAll('pre, textarea')].map((n) => (n as HTMLTextAreaElement).value ?? n.textContent);
      expect(raw(b)).to.deep.equal(raw(a));
      expect(b.getBoundingClientRect().height).to.equal(a.getBoundingClientRect().height);
    });
  }

  it('makes templates smaller and keeps the part count (Lit needs it)', () => {
    const parts = HTML_CASES[0]!.parts;
    const out = minHtml(parts);
    expect(out.length).to.equal(parts.length);
    expect(out.join('').length).to.be.lessThan(parts.join('').length);
    expect(out[0]).to.equal(' <div class="a"> <p> Xin chào </p> <p>Hai</p> </div> ');
  });
});

const CSS_CASES: Array<{ name: string; parts: string[]; values?: string[]; probe: string; props: string[] }> = [
  {
    name: 'rules, comments, selectors',
    parts: ['\n  /* a comment */\n  :host {\n    display: block;\n  }\n  .a  >  .b ,\n  .c:hover {\n    color : rgb(1, 2, 3) ;\n    margin: 0 auto;\n  }\n'],
    probe: '<div class="a"><div class="b"></div></div>',
    props: ['color', 'margin-left'],
  },
  {
    name: 'calc and media queries keep their spaces',
    parts: ['.b { width: calc(100% - 2rem); padding: calc(1px + 2px) }\n@media screen and (min-width: 1px) { .b { border-left: 3px solid red !important; } }'],
    probe: '<div class="b"></div>',
    props: ['width', 'padding-top', 'border-left-width', 'border-left-style'],
  },
  {
    name: 'leading zeros of numbers dropped, not in names, longer numbers or url()',
    parts: ['.b { padding: 0.5rem 0.25em; margin-left: -0.5em; width: calc(10.5px + 0.1em); line-height: 0.9; opacity: 0.5 }'],
    probe: '<div class="b"></div>',
    props: ['padding-top', 'padding-left', 'margin-left', 'width', 'line-height', 'opacity'],
  },
  {
    name: 'interpolated values',
    parts: ['.b {\n  color: ', ';\n  padding: ', ' ', ';\n  font-family: "Be  Vietnam", serif;\n  content: "  x ";\n}'],
    values: ['rgb(4, 5, 6)', '3px', '7px'],
    probe: '<div class="b"></div>',
    props: ['color', 'padding-top', 'padding-left', 'font-family'],
  },
];

describe('template minification (CDN build): css', () => {
  for (const c of CSS_CASES) {
    it(`computes the same styles: ${c.name}`, async () => {
      const results: string[][] = [];
      for (const [i, parts] of [c.parts, minCss(c.parts)].entries()) {
        const styles = css(strings(parts), ...(c.values ?? []).map((v) => unsafeCSS(v))) as CSSResultGroup;
        const tag = `mc-minify-probe-${c.name.replace(/\W+/g, '-')}-${i}`;
        customElements.define(tag, class extends LitElement {
          static override styles = styles;
          override render() {
            return html`<div id="root"></div>`;
          }
        });
        const el = document.createElement(tag) as LitElement;
        document.body.append(el);
        await el.updateComplete;
        const root = el.shadowRoot!.querySelector('#root')!;
        root.innerHTML = c.probe;
        const target = root.querySelector('.b') ?? root.firstElementChild!;
        results.push(c.props.map((p) => getComputedStyle(target).getPropertyValue(p)));
        el.remove();
      }
      expect(results[1]).to.deep.equal(results[0]);
      expect(minCss(c.parts).join('').length).to.be.lessThan(c.parts.join('').length);
    });
  }

  it('keeps the part count and the needed spaces', () => {
    expect(minCss(['.a { padding: ', ' ', '; }'])).to.deep.equal(['.a{padding:', ' ', '}']);
    expect(minCss(['@media screen and (min-width: 1px) { .a { margin: 0 auto } }'])).to.deep.equal(['@media screen and (min-width:1px){.a{margin:0 auto}}']);
    expect(minCss(['.a::before { content: "  a  b  " }'])).to.deep.equal(['.a::before{content:"  a  b  "}']);
    expect(minCss(['.a { margin: 0.5rem -0.25em; width: calc(10.5px + 0.1em); background: url(0.5.png) }', ' 0.75rem;'])).to.deep.equal([
      '.a{margin:.5rem -.25em;width:calc(10.5px + .1em);background:url(0.5.png)}',
      ' .75rem;',
    ]);
  });
});

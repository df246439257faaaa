// Minifies the static parts of Lit `css` and `html`/`svg` tagged templates, conservatively: the
// rendered result (CSS meaning, DOM text as displayed, attribute values) must not change.
// Pure functions with no Node imports, so the browser tests can check them against real rendering
// (test/template-minify.test.ts); the bundler plugin is scripts/minify-templates.mjs.
//
// Both take the static parts of one template (`strings`, as written in the source: raw text between
// the backtick and `${`, between `}` and `${`, …) and return new parts, the same count. An
// interpolation boundary counts as an opaque non-space token: nothing is joined across it.
//
// CSS: comments removed; whitespace runs collapsed to one space, dropped after `{ } ; , : (` and
// before `{ } ; , ) !`; the `;` before `}` dropped. Strings ('…', "…") untouched. Nothing else is
// rewritten (no `0px`→`0`, no colour shortening, no space removal around `+ - > ~` or before `(`,
// which `and (` / `calc(a + b)` need).
//
// HTML: in text, every whitespace run becomes one space (the browser's own white-space collapsing
// renders the same; a run is never removed, since a space between inline elements is visible);
// inside a tag, whitespace runs become one space and whitespace before `>` / `/>` and around `=`
// goes; quoted attribute values are untouched; comments without a binding are removed (a removed
// comment's surrounding whitespace is still collapsed to one space); the content of `<pre>`,
// `<textarea>`, `<script>`, `<style>` and `<title>` is left alone.

const isSpace = (c) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/** @param {string[]} parts @returns {string[]} */
export function minifyCssParts(parts) {
  const out = [];
  const NO_SPACE_AFTER = '{};,:(';
  const NO_SPACE_BEFORE = '{};,)!';
  for (let p = 0; p < parts.length; p++) {
    const s = parts[p];
    let r = '';
    let i = 0;
    // A whitespace run (or a removed comment) not yet written: one space, unless a neighbour makes
    // it unnecessary. The neighbour before the part's first character is the interpolation (an
    // opaque token), or nothing at the very start of the template.
    let pending = false;
    const needSpace = (next) => {
      const prev = r.length ? r[r.length - 1] : p > 0 ? 'interpolation' : '';
      if (prev === '') return false; // leading whitespace of the template
      if (prev.length === 1 && NO_SPACE_AFTER.includes(prev)) return false;
      if (next === '') return false; // trailing whitespace of the template
      if (next.length === 1 && NO_SPACE_BEFORE.includes(next)) return false;
      return true;
    };
    const write = (text) => {
      if (pending && needSpace(text[0])) r += ' ';
      pending = false;
      r += text;
    };
    while (i < s.length) {
      const c = s[i];
      if (c === '\\') {
        // An escape (CSS `\201C`, or a template escape): copied as it is with the next character.
        write(s.slice(i, i + 2));
        i += 2;
      } else if (c === '/' && s[i + 1] === '*') {
        const end = s.indexOf('*/', i + 2);
        if (end < 0) {
          // A comment that runs into an interpolation: left alone.
          write(s.slice(i));
          i = s.length;
        } else {
          pending = true;
          i = end + 2;
        }
      } else if (isSpace(c)) {
        pending = true;
        i++;
      } else if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < s.length && s[j] !== c) j += s[j] === '\\' ? 2 : 1;
        write(s.slice(i, j + 1));
        i = j + 1;
      } else if (c === '0' && s[i + 1] === '.' && /\d/.test(s[i + 2] ?? '') && /[\s,:(+*/-]$/.test(pending ? `${r} ` : r) && !/url\($/.test(r)) {
        // A leading zero (`0.5rem`, `-0.25em`) is not needed: `.5rem`. Only where a number starts
        // (after a separator), never inside `url(…)` or a longer number or name.
        write('.');
        i += 2;
      } else {
        if (c === '}' && r.endsWith(';')) r = r.slice(0, -1);
        write(c);
        i++;
      }
    }
    if (pending && needSpace(p === parts.length - 1 ? '' : 'interpolation')) r += ' ';
    out.push(r);
  }
  return out;
}

const RAW_TEXT = new Set(['pre', 'textarea', 'script', 'style', 'title', 'listing', 'plaintext', 'xmp']);

/** @param {string[]} parts @returns {string[]} */
export function minifyHtmlParts(parts) {
  const out = [];
  // State carried across parts (an interpolation can sit in text, in a tag or in a quoted value).
  let state = 'text'; // text | tag | dq | sq | raw
  let rawTag = ''; // the element whose content is left alone
  let tagName = ''; // the name of the tag being read (for raw elements)
  let readingName = false;
  for (let p = 0; p < parts.length; p++) {
    const s = parts[p];
    let r = '';
    let i = 0;
    while (i < s.length) {
      const c = s[i];
      if (state === 'raw') {
        const close = s.toLowerCase().indexOf(`</${rawTag}`, i);
        if (close < 0) {
          r += s.slice(i);
          i = s.length;
          break;
        }
        r += s.slice(i, close);
        i = close;
        state = 'text';
        continue;
      }
      if (state === 'dq' || state === 'sq') {
        const q = state === 'dq' ? '"' : "'";
        const end = s.indexOf(q, i);
        if (end < 0) {
          r += s.slice(i);
          i = s.length;
          break;
        }
        r += s.slice(i, end + 1);
        i = end + 1;
        state = 'tag';
        continue;
      }
      if (state === 'tag') {
        if (isSpace(c)) {
          let j = i;
          while (j < s.length && isSpace(s[j])) j++;
          readingName = false;
          const next = s[j];
          // Before `>`, `/>` or `=`, or after `=`: nothing; otherwise one space. At the end of a
          // part (an interpolation follows), one space: `<a ${ref(x)}>` keeps its separation.
          if (next === '>' || next === '=' || (next === '/' && s[j + 1] === '>') || r.endsWith('=')) {
            // drop
          } else r += ' ';
          i = j;
          continue;
        }
        if (c === '"' || c === "'") {
          readingName = false;
          state = c === '"' ? 'dq' : 'sq';
          r += c;
          i++;
          continue;
        }
        if (c === '>') {
          r += c;
          i++;
          readingName = false;
          if (RAW_TEXT.has(tagName.toLowerCase())) {
            state = 'raw';
            rawTag = tagName.toLowerCase();
          } else state = 'text';
          continue;
        }
        if (readingName) tagName += c;
        r += c;
        i++;
        continue;
      }
      // text
      if (c === '<' && s.startsWith('<!--', i)) {
        const end = s.indexOf('-->', i + 4);
        if (end >= 0) {
          // A comment wholly in this part: removed. Whitespace on both sides collapses to one space.
          i = end + 3;
          if (r.length && isSpace(r[r.length - 1]) && i < s.length && isSpace(s[i])) {
            while (i < s.length && isSpace(s[i])) i++;
          }
          continue;
        }
        // A comment around an interpolation: left alone.
        r += s.slice(i);
        i = s.length;
        break;
      }
      if (c === '<' && /[a-zA-Z/]/.test(s[i + 1] ?? '')) {
        state = 'tag';
        readingName = s[i + 1] !== '/';
        tagName = '';
        r += c;
        i++;
        continue;
      }
      if (isSpace(c)) {
        let j = i;
        while (j < s.length && isSpace(s[j])) j++;
        if (!(r.length && r[r.length - 1] === ' ')) r += ' ';
        i = j;
        continue;
      }
      r += c;
      i++;
    }
    if (state === 'tag') readingName = false;
    out.push(r);
  }
  return out;
}

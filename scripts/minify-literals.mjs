// A Vite/rolldown plugin for the CDN bundles: shrinks the whitespace inside lit's css`…` and html`…`
// templates, which the JS minifier keeps verbatim. Conservative on purpose:
//  - css: comments dropped, whitespace runs collapsed, spaces around { } ; : , > dropped;
//  - html: a whitespace run that contains a line break becomes one space (what HTML renders anyway);
//    no template here uses <pre> or white-space: pre for template text.
// Interpolations (${…}) are left untouched.
const TAGGED = /\b(css|html|svg)`((?:[^`\\$]|\\.|\$(?!\{)|\$\{(?:[^{}]|\{[^{}]*\})*\})*)`/g;

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Applies `fn` to the static parts of a template body, leaving `${…}` interpolations as they are. */
function mapStatic(body, fn) {
  let out = '';
  let depth = 0;
  let chunk = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (depth === 0 && c === '$' && body[i + 1] === '{') {
      out += fn(chunk);
      chunk = '';
      depth = 1;
      out += '${';
      i++;
      continue;
    }
    if (depth > 0) {
      if (c === '{') depth++;
      if (c === '}') depth--;
      out += c;
      continue;
    }
    chunk += c;
  }
  return out + fn(chunk);
}

export function minifyLiterals() {
  return {
    name: 'kgc-minify-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      const result = code.replace(TAGGED, (whole, tag, body) => {
        // A css`` that interpolates values (e.g. unsafeCSS) is minified only around them.
        const minified = mapStatic(body, tag === 'css' ? minifyCss : minifyHtml);
        return `${tag}\`${minified}\``;
      });
      return result === code ? null : { code: result, map: null };
    },
  };
}

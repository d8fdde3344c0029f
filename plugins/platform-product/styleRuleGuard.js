/*
 * What an element must have to match a selector list, read from the last compound selector of
 * each selector: its type, classes, id and attributes (`:link` and `:visited` need `href`).
 * jsdom's getComputedStyle tests every rule of its default stylesheet against an element, again
 * after every change of the document; these requirements settle most of them without a selector
 * engine. They only ever rule a match out, never in.
 */

/** `text` cut at the `separators` that are outside brackets, parentheses and quotes. */
function splitTopLevel(text, separators) {
  const parts = [];
  let depth = 0;
  let quote;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') {
      i++; // an escaped character separates nothing
    } else if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '(' || char === '[') {
      depth++;
    } else if (char === ')' || char === ']') {
      depth--;
    } else if (depth === 0 && separators.includes(char)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The requirements of one compound selector, or undefined when it has none. */
function requirementsOfCompound(compound) {
  // quoted attribute values do not matter; namespaces and hex escapes are not worth reading
  let bare = compound.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  if (!bare || /\|(?!=)|\\[0-9a-fA-F]/.test(bare)) return undefined;
  // what :not(…), :is(…) and the like hold does not bind the element
  while (/\([^()]*\)/.test(bare)) bare = bare.replace(/\([^()]*\)/g, '');
  const attributes = [...bare.matchAll(/\[\s*([\w-]+)/g)].map(m => m[1]);
  bare = bare.replace(/\[[^\]]*\]/g, '');
  if (/(?<!\\):(link|visited)(?![\w-])/.test(bare)) attributes.push('href');
  const name = '((?:[\\w-]|\\\\.)+)';
  const type = /^[a-zA-Z](?:[\w-]|\\.)*/.exec(bare)?.[0];
  const id = new RegExp(`#${name}`).exec(bare)?.[1];
  const classes = [...bare.matchAll(new RegExp(`\\.${name}`, 'g'))].map(
    m => m[1],
  );
  if (!type && !id && !classes.length && !attributes.length) return undefined;
  const plain = text => text.replace(/\\(.)/g, '$1').toLowerCase();
  return {
    type: type && plain(type),
    id: id && plain(id),
    classes: classes.map(plain),
    attributes: attributes.map(plain),
  };
}

/**
 * Per selector of the list, what a matching element has; undefined when one selector may match
 * any element.
 */
function requirementsOf(selectorList) {
  const requirements = [];
  for (const selector of splitTopLevel(selectorList, ',')) {
    const compounds = splitTopLevel(selector.trim(), ' >+~\n\t').filter(
      Boolean,
    );
    const last = requirementsOfCompound(compounds[compounds.length - 1] ?? '');
    if (!last) return undefined;
    requirements.push(last);
  }
  return requirements;
}

/** Whether `element` (a DOM element or jsdom's implementation of one) has what one requires. */
function meets(element, { type, classes, id, attributes }) {
  if (type && element.localName.toLowerCase() !== type) return false;
  const names = element.getAttributeNames().map(name => name.toLowerCase());
  if (attributes.some(name => !names.includes(name))) return false;
  if (id && (element.getAttribute('id') ?? '').toLowerCase() !== id) {
    return false;
  }
  const own = (element.getAttribute('class') ?? '').toLowerCase().split(/\s+/);
  return classes.every(name => own.includes(name));
}

/** Whether `element` may match `selectorList`: false only when it cannot. */
function mayMatch(selectorList, element, cache = new Map()) {
  if (!cache.has(selectorList)) {
    cache.set(selectorList, requirementsOf(selectorList));
  }
  const requirements = cache.get(selectorList);
  return !requirements || requirements.some(r => meets(element, r));
}

/**
 * Makes a jsdom document's style rule matching (`check`, which only getComputedStyle uses) skip
 * the rules `mayMatch` rules out. `document` is jsdom's implementation of the document.
 */
function guardStyleRuleMatching(document) {
  const selectors = document._domSelector;
  const check = selectors.check;
  const cache = new Map();
  selectors.check = (selector, element, options) =>
    mayMatch(selector, element, cache)
      ? check(selector, element, options)
      : { match: false, pseudoElement: null };
}

module.exports = { mayMatch, guardStyleRuleMatching };

/*
 * jsdom keeps the declaration that matches each element until the document changes (its style
 * cache, dropped on every change of nodes, attributes or style sheets), but getComputedStyle
 * still resolves about twenty properties on each call, walking the ancestors for the inherited
 * ones and parsing every color. Testing Library asks again for the same elements on each query,
 * so the answer is kept for as long as jsdom keeps its cache: it is the same answer. Callers get
 * the same object for an element until then, which a browser's read-only computed style allows.
 */

/**
 * Makes `window.getComputedStyle` reuse its answer for an element of `document` (jsdom's
 * implementation of the window's document) until jsdom drops its style cache.
 */
function cacheComputedStyles(window, document) {
  const getComputedStyle = window.getComputedStyle;
  let generation = null;
  let styles = new WeakMap();
  window.getComputedStyle = (element, pseudoElement) => {
    if (pseudoElement || element?.ownerDocument !== window.document) {
      return getComputedStyle(element, pseudoElement);
    }
    if (generation === null || document._styleCache !== generation) {
      styles = new WeakMap();
    }
    let style = styles.get(element);
    if (!style) {
      style = getComputedStyle(element);
      generation = document._styleCache;
      styles.set(element, style);
    }
    return style;
  };
}

module.exports = { cacheComputedStyles };

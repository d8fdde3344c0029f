import fs from 'node:fs';
import path from 'node:path';

// The guard runs in jest's environment (jestEnvironment.js), outside the compiled sources.
const { mayMatch } = require('../../styleRuleGuard') as {
  mayMatch: (selectorList: string, element: Element) => boolean;
};

/** The selectors of every style rule of `css`, @media rules included. */
function selectorsOf(css: string): string[] {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const selectors: string[] = [];
  const collect = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
      else if ('cssRules' in rule) collect((rule as CSSGroupingRule).cssRules);
    }
  };
  collect(style.sheet!.cssRules);
  style.remove();
  return selectors;
}

/** A file of a package (jest maps `.css` modules to a stub, so not through `require`). */
const packageFile = (name: string, file: string) =>
  fs.readFileSync(
    path.join(path.dirname(require.resolve(`${name}/package.json`)), file),
    'utf8',
  );
const jsdomDefaults = packageFile(
  'jsdom',
  'lib/jsdom/browser/default-stylesheet.css',
);
const backstageUi = packageFile('@backstage/ui', 'dist/css/styles.css');
const tricky = [
  'a:not(.x)',
  ':is(div, span) > p',
  'input[type="text" i]',
  '.Toast_container.open',
  '#Main',
  'svg|rect',
  '*',
  '[data-x] .y',
  'li:nth-child(2n+1)',
  'a:link',
  'foreignObject',
  'DIV.Card',
  'dialog:not([open])',
  'ul li + li ~ li > a[href^="http"]',
  'button:disabled, [aria-hidden="true"]',
  '.xs\\:bui-p, .bui-p-0\\.5',
  '.xs\\:link',
  '[lang|="en"]',
  '.a\\,b, .c\\ d',
  '[title="a, b > c"] span',
];

document.body.innerHTML = `
  <main id="main" dir="ltr">
    <div class="Card toast_container open" data-x><p class="y">text</p><span hidden>h</span></div>
    <a href="https://example.com">link</a><a name="anchor">no href</a>
    <ul><li>1</li><li>2</li><li><a href="http://x">3</a></li></ul>
    <input type="TEXT"><input type="hidden"><button disabled>b</button>
    <dialog>closed</dialog><dialog open>open</dialog><details><summary>s</summary>d</details>
    <table><thead><tr><th>h</th></tr></thead><tbody><tr><td>c</td></tr></tbody></table>
    <div class="xs:bui-p bui-p-0.5 xs:link a,b c d" lang="en-GB" title="a, b > c"><span>e</span></div>
    <div popover>pop</div><section aria-hidden="true"><h1>t</h1></section>
    <svg viewBox="0 0 1 1"><foreignObject><div>f</div></foreignObject><rect/></svg>
  </main>`;

describe('styleRuleGuard', () => {
  const elements = Array.from(document.querySelectorAll('*'));
  const selectors = [
    ...selectorsOf(jsdomDefaults),
    ...selectorsOf(backstageUi),
    ...tricky,
  ];
  const matches = (element: Element, selector: string) => {
    try {
      return element.matches(selector);
    } catch {
      return false; // a selector jsdom cannot read matches nothing there either
    }
  };

  it('never rules out an element that matches', () => {
    const ruledOutMatches = selectors.flatMap(selector =>
      elements
        .filter(e => matches(e, selector) && !mayMatch(selector, e))
        .map(e => `${selector} ${e.outerHTML.slice(0, 40)}`),
    );
    expect(ruledOutMatches).toEqual([]);
  });

  it('rules out most rules of the stylesheets for an element', () => {
    const pairs = selectors.flatMap(s => elements.map(e => mayMatch(s, e)));
    const ruledOut = pairs.filter(may => !may).length;
    expect(ruledOut / pairs.length).toBeGreaterThan(0.8);
  });
});

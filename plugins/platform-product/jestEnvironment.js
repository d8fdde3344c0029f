/*
 * The jsdom environment of @backstage/cli, with a cheaper getComputedStyle, which Testing
 * Library calls for every node it names: style rules are matched only against the elements
 * that may match them (styleRuleGuard.js), and an element's computed style is kept until the
 * document changes (computedStyleCache.js).
 */
const {
  getJestEnvironment,
} = require('@backstage/cli/config/getJestEnvironment');
const { guardStyleRuleMatching } = require('./styleRuleGuard');
const { cacheComputedStyles } = require('./computedStyleCache');

const BackstageEnvironment = require(getJestEnvironment());

module.exports = class PlatformProductJestEnvironment extends (
  BackstageEnvironment
) {
  constructor(...args) {
    super(...args);
    const document = this.global.document;
    const impl = Object.getOwnPropertySymbols(document).find(
      symbol => symbol.description === 'impl',
    );
    guardStyleRuleMatching(document[impl]);
    cacheComputedStyles(this.global, document[impl]);
  }
};

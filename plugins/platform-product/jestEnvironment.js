/*
 * The jsdom environment of @backstage/cli, whose documents match style rules only against the
 * elements that may match them (styleRuleGuard.js): jsdom's getComputedStyle, which Testing
 * Library calls for every node it names, otherwise runs the selector engine for each rule of
 * jsdom's default stylesheet, again after every change of the document.
 */
const {
  getJestEnvironment,
} = require('@backstage/cli/config/getJestEnvironment');
const { guardStyleRuleMatching } = require('./styleRuleGuard');

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
  }
};

import { Page } from './fixtures';

/**
 * What in the page's table cells is broken across lines, and should not be: words cut in the
 * middle ("APPROV" / "E"), and chips, buttons, times ("last month") and vote counts ("9 votes")
 * taller than one line. Each as "what: its text".
 */
export function wrappedInCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const lines = (rects: DOMRectList) =>
      new Set([...rects].map(rect => Math.round(rect.bottom))).size;
    for (const cell of document.querySelectorAll('tbody td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // Words as the browser may break them: at spaces, hyphens and slashes.
        for (const word of text.matchAll(/[^\s\-–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index!);
          range.setEnd(node, word.index! + word[0].length);
          if (lines(range.getClientRects()) > 1) found.push(`word: ${word[0]}`);
        }
        if (/^\d+ (votes?|teams?)\b/.test(text.trim())) {
          const range = document.createRange();
          range.selectNodeContents(node);
          if (lines(range.getClientRects()) > 1) found.push(`count: ${text}`);
        }
      }
      for (const time of cell.querySelectorAll('time')) {
        if (lines(time.getClientRects()) > 1) {
          found.push(`time: ${time.textContent}`);
        }
      }
      for (const box of cell.querySelectorAll('.MuiChip-root, button')) {
        const style = getComputedStyle(box);
        const label = box.querySelector('.MuiChip-label, .MuiButton-label');
        const lineHeight = parseFloat(
          getComputedStyle(label ?? box).lineHeight || style.fontSize,
        );
        const height = (label ?? box).getBoundingClientRect().height;
        if (height > lineHeight * 1.5) {
          found.push(`box: ${box.textContent}`);
        }
      }
    }
    return found;
  });
}

// The cache is installed by the jest environment (jestEnvironment.js) on this very window.

describe('getComputedStyle in the jest environment', () => {
  let parent: HTMLElement;
  let child: HTMLElement;

  beforeEach(() => {
    document.body.innerHTML =
      '<style>.gone { display: none } .ghost { visibility: hidden }</style><div><span>x</span></div>';
    parent = document.querySelector('div')!;
    child = document.querySelector('span')!;
  });

  it('answers once for an element while the document does not change', () => {
    expect(getComputedStyle(child)).toBe(getComputedStyle(child));
    expect(getComputedStyle(child)).not.toBe(getComputedStyle(parent));
  });

  it('answers anew after a change of a class, an inline style or a style sheet', () => {
    const before = getComputedStyle(parent);
    expect(before.display).toBe('block');

    parent.className = 'gone';
    expect(getComputedStyle(parent).display).toBe('none');
    expect(getComputedStyle(parent)).not.toBe(before);

    parent.className = '';
    parent.style.display = 'flex';
    expect(getComputedStyle(parent).display).toBe('flex');

    parent.removeAttribute('style');
    document.head.insertAdjacentHTML(
      'beforeend',
      '<style>div { display: grid }</style>',
    );
    expect(getComputedStyle(parent).display).toBe('grid');
  });

  it('answers anew for an inherited value when an ancestor changes', () => {
    expect(getComputedStyle(child).visibility).toBe('visible');
    parent.classList.add('ghost');
    expect(getComputedStyle(child).visibility).toBe('hidden');
  });

  it('answers anew after elements move, come and go', () => {
    expect(getComputedStyle(child).visibility).toBe('visible');
    const ghost = document.createElement('section');
    ghost.className = 'ghost';
    document.body.append(ghost);
    ghost.append(child);
    expect(getComputedStyle(child).visibility).toBe('hidden');
    ghost.remove();
    parent.append(child);
    expect(getComputedStyle(child).visibility).toBe('visible');
  });

  it('answers for an element of another document from that document', () => {
    const other = document.implementation.createHTMLDocument();
    other.body.innerHTML = '<p style="display: none">x</p>';
    const p = other.querySelector('p')!;
    expect(getComputedStyle(p).display).toBe('none');
    p.style.display = 'inline-block';
    expect(getComputedStyle(p).display).toBe('inline-block');
  });
});

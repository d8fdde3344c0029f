import { screen, within } from '@testing-library/react';
import { userEvent } from './userEvent';
import { withoutPauses } from './withoutPauses';

/**
 * Picks an option of a search picker as a person does: types `text` into the field labelled
 * `label` (inside `container`, e.g. a dialog), waits for the server's matches (without the real
 * pause of the debounce) and clicks the one named `option`.
 */
export async function pick(
  container: HTMLElement,
  label: RegExp | string,
  text: string,
  option: RegExp | string,
) {
  const match = await withoutPauses(async () => {
    await userEvent.type(within(container).getByLabelText(label), text);
    return screen.findByRole('option', { name: option });
  });
  await userEvent.click(match);
}

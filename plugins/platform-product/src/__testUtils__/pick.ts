import { screen, within } from '@testing-library/react';
import { userEvent } from './userEvent';

/**
 * Picks an option of a search picker as a person does: types `text` into the field labelled
 * `label` (inside `container`, e.g. a dialog), waits for the server's matches and clicks the
 * one named `option`.
 */
export async function pick(
  container: HTMLElement,
  label: RegExp | string,
  text: string,
  option: RegExp | string,
) {
  await userEvent.type(within(container).getByLabelText(label), text);
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

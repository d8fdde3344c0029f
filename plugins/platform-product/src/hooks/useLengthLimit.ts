import { ClipboardEvent, useState } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductTranslationRef } from '../translation';

/**
 * A text field's maximum length, said out loud: the browser cuts a paste at `maxLength`
 * without a word, so a paste that goes over is reported ("The pasted text was cut: …") until
 * the text is shorter than the limit again. Spread `inputProps` into the field; show `message`
 * (when set) as its helper text, as an error.
 */
export function useLengthLimit(value: string, max: number) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [cut, setCut] = useState(0);
  const onPaste = (
    event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>,
  ) => {
    const field = event.currentTarget;
    const replaced = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
    const length =
      field.value.length -
      replaced +
      event.clipboardData.getData('text').length;
    setCut(Math.max(0, length - max));
  };
  const message =
    cut > 0 && value.length >= max
      ? t('common.pasteCut', {
          max: max.toLocaleString('en-US'),
          cut: cut.toLocaleString('en-US'),
        })
      : undefined;
  return { message, inputProps: { maxLength: max, onPaste } };
}

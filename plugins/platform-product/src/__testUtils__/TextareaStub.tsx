import { forwardRef, TextareaHTMLAttributes } from 'react';

type Rows = number | string;

/**
 * MUI's TextareaAutosize as it first renders, without measuring its text afterwards, which jsdom
 * cannot do anyway (see setupTests.ts).
 */
export const TextareaStub = forwardRef<
  HTMLTextAreaElement,
  TextareaHTMLAttributes<HTMLTextAreaElement> & {
    rowsMax?: Rows;
    rowsMin?: Rows;
    maxRows?: Rows;
    minRows?: Rows;
  }
>(({ rows, rowsMax, rowsMin, maxRows, minRows = 1, ...props }, ref) => (
  <textarea ref={ref} rows={Number(rows || rowsMin || minRows)} {...props} />
));

import { mockApis } from '@backstage/test-utils';
import { platformProductTranslationRef, Translate } from '..';

/** The English `t`, for tests of plain functions that take one. */
export function englishT(): Translate {
  const snapshot = mockApis
    .translation()
    .getTranslation(platformProductTranslationRef);
  if (!snapshot.ready) throw new Error('The English messages are not ready');
  return snapshot.t;
}

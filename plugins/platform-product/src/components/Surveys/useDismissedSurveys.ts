import { useMemo } from 'react';
import { storageApiRef, useApi } from '@backstage/core-plugin-api';
import useObservable from 'react-use/esm/useObservable';

const KEY = 'dismissedSurveyIds';

/**
 * Ids of the surveys the user chose not to be reminded of, kept in the user's storage (bucket
 * `platform-product`), and a way to add one. `ready` is false until the storage has answered.
 */
export function useDismissedSurveys() {
  const storageApi = useApi(storageApiRef);
  const bucket = useMemo(
    () => storageApi.forBucket('platform-product'),
    [storageApi],
  );
  const changes = useMemo(() => bucket.observe$<number[]>(KEY), [bucket]);
  const snapshot = useObservable(changes, bucket.snapshot<number[]>(KEY));
  const ids = snapshot.value ?? [];

  return {
    ready: snapshot.presence !== 'unknown',
    ids,
    dismiss: (surveyId: number) =>
      bucket.set(KEY, [...ids.filter(id => id !== surveyId), surveyId]),
  };
}

import { Route, Routes } from 'react-router-dom';
import { ChangelogEntryPage } from './ChangelogEntryPage';
import { ChangelogList } from './ChangelogList';
import { useChangelogVisit } from './unseen';

/**
 * The Changelog tab: the list (`/changelog`) and one permalink per entry (`/changelog/:id`).
 * Once the list has been shown, the reader's visit is marked seen.
 */
export function ChangelogTab() {
  const { arrival, listLoaded } = useChangelogVisit();
  return (
    <Routes>
      <Route
        index
        element={<ChangelogList arrival={arrival} onLoaded={listLoaded} />}
      />
      <Route path=":id" element={<ChangelogEntryPage />} />
    </Routes>
  );
}

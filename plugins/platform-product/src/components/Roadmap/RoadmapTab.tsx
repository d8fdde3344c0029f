import { Route, Routes } from 'react-router-dom';
import { LaneTitlesProvider } from '../shared/laneTitles';
import { RoadmapItemPage } from './RoadmapItemPage';
import { RoadmapOverview } from './RoadmapOverview';

/** The Roadmap tab: its views (`/roadmap?view=…`) and one page per item (`/roadmap/:id`). */
export function RoadmapTab() {
  return (
    <LaneTitlesProvider>
      <Routes>
        <Route index element={<RoadmapOverview />} />
        <Route path=":id" element={<RoadmapItemPage />} />
      </Routes>
    </LaneTitlesProvider>
  );
}

import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { PlatformProductPage } from './PlatformProductPage';

const api = {
  getTools: async () => [],
  getAdoption: async () => [],
} as unknown as PlatformProductApi;

describe('PlatformProductPage', () => {
  it('has a tab for each area, each a route of its own', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[platformProductApiRef, api]]}>
        <Routes>
          <Route path="/*" element={<PlatformProductPage />} />
        </Routes>
      </TestApiProvider>,
      { routeEntries: ['/changelog'] },
    );
    for (const tab of [
      'Roadmap',
      'Changelog',
      'Feedback',
      'Champions',
      'Insights',
    ]) {
      expect(screen.getByRole('tab', { name: tab })).toBeInTheDocument();
    }
    expect(screen.getByRole('tab', { name: 'Changelog' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByText('Changelog is on its way')).toBeInTheDocument();
  });
});

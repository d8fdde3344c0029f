import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import TrackChangesIcon from '@material-ui/icons/TrackChanges';
import { CHANGELOG_SEARCH_TYPE } from '../components/Changelog/searchType';

/**
 * Changelog entries in the search results (documents of type `platform-product-changelog`,
 * indexed by the backend's collator).
 *
 * @alpha
 */
export const changelogSearchResultListItem = SearchResultListItemBlueprint.make(
  {
    name: 'changelog',
    params: {
      predicate: result => result.type === CHANGELOG_SEARCH_TYPE,
      icon: <TrackChangesIcon />,
      component: () =>
        import('../components/Changelog/ChangelogSearchResultListItem').then(
          m => m.ChangelogSearchResultListItem,
        ),
    },
  },
);

/**
 * "Platform changelog" as a result type filter of the search page.
 *
 * @alpha
 */
export const changelogSearchResultType = SearchFilterResultTypeBlueprint.make({
  name: 'changelog',
  params: {
    value: CHANGELOG_SEARCH_TYPE,
    name: 'Platform changelog',
    icon: <TrackChangesIcon />,
  },
});

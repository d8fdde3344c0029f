import { Grid, Paper } from '@material-ui/core';
import { CatalogSearchResultListItem } from '@backstage/plugin-catalog';
import { SearchType } from '@backstage/plugin-search';
import {
  SearchBar,
  SearchPagination,
  SearchResult,
} from '@backstage/plugin-search-react';
import { CatalogIcon, Content, Header, Page } from '@backstage/core-components';

export const searchPage = (
  <Page themeId="home">
    <Header title="Search" />
    <Content>
      <Grid container direction="row">
        <Grid item xs={12}>
          <Paper>
            <SearchBar />
          </Paper>
        </Grid>
        <Grid item xs={3}>
          <SearchType.Accordion
            name="Result Type"
            defaultValue="software-catalog"
            types={[
              {
                value: 'software-catalog',
                name: 'Software Catalog',
                icon: <CatalogIcon />,
              },
            ]}
          />
        </Grid>
        <Grid item xs={9}>
          <SearchPagination />
          <SearchResult>
            <CatalogSearchResultListItem icon={<CatalogIcon />} />
          </SearchResult>
        </Grid>
      </Grid>
    </Content>
  </Page>
);

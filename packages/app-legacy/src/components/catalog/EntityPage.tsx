import { Grid } from '@material-ui/core';
import {
  EntityAboutCard,
  EntityLayout,
  EntitySwitch,
  isKind,
} from '@backstage/plugin-catalog';
import {
  EntityGroupProfileCard,
  EntityUserProfileCard,
} from '@backstage/plugin-org';
import {
  EntityChampionProfileCard,
  EntityChangelogCard,
  EntityRoadmapCard,
  EntitySurveyPromptCard,
  EntityTeamChampionsCard,
  EntityToolRatingCard,
  isPlatformTool,
} from 'backstage-plugin-platform-product';

/**
 * Entity pages as an adopter on the legacy frontend system writes them (docs/install.md): the
 * tool cards inside `EntitySwitch.Case if={isPlatformTool}`, so that no empty grid cell is left
 * on entities that are not tools; the champion cards on users and groups.
 */
const overviewPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3} alignItems="stretch">
        <Grid item md={6} xs={12}>
          <EntityAboutCard />
        </Grid>
        <EntitySwitch>
          <EntitySwitch.Case if={isPlatformTool}>
            <Grid item md={6} xs={12}>
              <EntityToolRatingCard />
            </Grid>
            <Grid item md={6} xs={12}>
              <EntityRoadmapCard />
            </Grid>
            <Grid item md={6} xs={12}>
              <EntityChangelogCard />
            </Grid>
            <Grid item md={6} xs={12}>
              <EntitySurveyPromptCard />
            </Grid>
          </EntitySwitch.Case>
        </EntitySwitch>
      </Grid>
    </EntityLayout.Route>
  </EntityLayout>
);

const userPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <EntityUserProfileCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityChampionProfileCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
  </EntityLayout>
);

const groupPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <EntityGroupProfileCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityTeamChampionsCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
  </EntityLayout>
);

export const entityPage = (
  <EntitySwitch>
    <EntitySwitch.Case if={isKind('group')} children={groupPage} />
    <EntitySwitch.Case if={isKind('user')} children={userPage} />
    <EntitySwitch.Case>{overviewPage}</EntitySwitch.Case>
  </EntitySwitch>
);

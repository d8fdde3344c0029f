import { Grid } from '@material-ui/core';
import { AdoptionTable } from './AdoptionTable';

/** Insights: adoption of the platform's tools (satisfaction, NPS and trends join later). */
export function InsightsTab() {
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <AdoptionTable />
      </Grid>
    </Grid>
  );
}

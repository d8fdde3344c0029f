import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, LinearProgress, Typography } from '@material-ui/core';
import { Tool, ToolAdoption } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';

interface Row {
  tool: Tool;
  adoption?: ToolAdoption;
}

const percent = (rate: number) => `${Math.round(rate * 100)} %`;

const columns: TableColumn<Row>[] = [
  {
    title: 'Tool',
    field: 'tool.title',
    highlight: true,
    render: ({ tool }) => (
      <EntityRefLink entityRef={tool.ref} title={tool.title} />
    ),
  },
  { title: 'Kind', field: 'tool.kind' },
  {
    title: 'Adoption',
    field: 'adoption.rate',
    defaultSort: 'desc',
    render: ({ adoption }) => (
      <Box display="flex" alignItems="center" minWidth={180}>
        <Box flexGrow={1} mr={1}>
          <LinearProgress
            variant="determinate"
            value={(adoption?.rate ?? 0) * 100}
            aria-hidden
          />
        </Box>
        <Typography variant="body2">{percent(adoption?.rate ?? 0)}</Typography>
      </Box>
    ),
  },
  {
    title: 'Adopting teams',
    field: 'adoption.adoptingTeams',
    type: 'numeric',
    render: ({ adoption }) =>
      `${adoption?.adoptingTeams ?? 0} of ${adoption?.eligibleTeams ?? 0}`,
  },
];

/** Adoption of every platform tool by the company's teams, derived from the catalog. */
export function AdoptionTable() {
  const api = useApi(platformProductApiRef);
  const { value, loading, error } = useAsync(async () => {
    const [tools, adoption] = await Promise.all([
      api.getTools(),
      api.getAdoption(),
    ]);
    const byTool = new Map(adoption.map(a => [a.toolRef, a]));
    return tools.map(tool => ({ tool, adoption: byTool.get(tool.ref) }));
  }, [api]);

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value?.length) {
    return (
      <EmptyState
        missing="data"
        title="No platform tools found"
        description="Tools are catalog entities matching platformProduct.tools.filter (by default: Components, Systems and APIs tagged platform-tool)."
      />
    );
  }
  return (
    <Table<Row>
      title="Tool adoption"
      subtitle="Share of teams that own something depending on or consuming each tool"
      options={{ paging: false, search: false, padding: 'dense' }}
      columns={columns}
      data={value}
    />
  );
}

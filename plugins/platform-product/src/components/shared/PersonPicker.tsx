import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { Team } from 'backstage-plugin-platform-product-common';
import { PickerOption, PickerProps, SearchPicker } from './SearchPicker';

/** A person as the picker shows them: their name, and their teams. */
export type PersonOption = PickerOption & { key: string };

/**
 * Finds a person of the catalog by name or user name (a full-text search of the catalog, as
 * the signed-in user); shows each one's display name and teams (titles from `teams`).
 */
export function PersonPicker(
  props: PickerProps<PersonOption> & { teams: Team[] },
) {
  const { teams, ...picker } = props;
  const catalogApi = useApi(catalogApiRef);
  const teamTitle = (ref: string) =>
    teams.find(team => team.ref === ref)?.title ?? parseEntityRef(ref).name;
  const search = async (q: string, limit: number): Promise<PersonOption[]> => {
    const { items } = await catalogApi.queryEntities({
      filter: { kind: 'User' },
      ...(q && {
        fullTextFilter: {
          term: q,
          fields: ['metadata.name', 'spec.profile.displayName'],
        },
      }),
      orderFields: { field: 'metadata.name', order: 'asc' },
      limit,
      fields: ['kind', 'metadata', 'spec.profile.displayName', 'relations'],
    });
    return items.map(user => ({
      key: stringifyEntityRef(user),
      title:
        (user.spec?.profile as { displayName?: string } | undefined)
          ?.displayName ?? user.metadata.name,
      detail: (user.relations ?? [])
        .filter(relation => relation.type === 'memberOf')
        .map(relation => teamTitle(relation.targetRef))
        .join(', '),
    }));
  };
  return <SearchPicker {...picker} search={search} />;
}

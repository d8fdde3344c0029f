import {
  Entity,
  RELATION_API_PROVIDED_BY,
  RELATION_CONSUMES_API,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Team, ToolAdoption } from 'backstage-plugin-platform-product-common';

export function targetsOf(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(relation => relation.type === type)
    .map(relation => relation.targetRef);
}

/**
 * The refs that stand for a tool: the tool itself, the parts of a tool that is a System, the
 * APIs a tool component provides and the components that provide a tool API. Depending on or
 * consuming any of them is using the tool.
 */
export function footprintOf(tool: Entity): Set<string> {
  return new Set([
    stringifyEntityRef(tool),
    ...targetsOf(tool, RELATION_HAS_PART),
    ...targetsOf(tool, RELATION_PROVIDES_API),
    ...targetsOf(tool, RELATION_API_PROVIDED_BY),
  ]);
}

/**
 * A team adopts a tool when an entity it owns depends on or consumes something in the tool's
 * footprint. The tool's own parts do not count as adopting it.
 */
export function adoptionOf(
  footprints: Map<string, Set<string>>,
  dependents: Entity[],
  teams: Team[],
): ToolAdoption[] {
  const eligible = new Set(teams.map(team => team.ref));
  const adopters = new Map<string, Set<string>>(
    [...footprints.keys()].map(toolRef => [toolRef, new Set<string>()]),
  );
  for (const entity of dependents) {
    const ref = stringifyEntityRef(entity);
    const owners = targetsOf(entity, RELATION_OWNED_BY).filter(owner =>
      eligible.has(owner),
    );
    const uses = [
      ...targetsOf(entity, RELATION_DEPENDS_ON),
      ...targetsOf(entity, RELATION_CONSUMES_API),
    ];
    for (const [toolRef, footprint] of footprints) {
      if (!footprint.has(ref) && uses.some(used => footprint.has(used))) {
        owners.forEach(owner => adopters.get(toolRef)!.add(owner));
      }
    }
  }
  return [...adopters].map(([toolRef, teamSet]) => {
    const teamRefs = [...teamSet].sort();
    return {
      toolRef,
      teamRefs,
      adoptingTeams: teamRefs.length,
      eligibleTeams: eligible.size,
      rate: eligible.size ? teamRefs.length / eligible.size : 0,
    };
  });
}

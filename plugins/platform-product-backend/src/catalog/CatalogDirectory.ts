import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  Team,
  Tool,
  ToolAdoption,
  Viewer,
} from 'backstage-plugin-platform-product-common';
import { CatalogFilter } from '../config';
import {
  CatalogSnapshot,
  People,
  readCompany,
  readGroupTitles,
  readPeople,
} from './companySnapshot';

/** A team with its members, as the backend uses it (members are not sent to browsers). */
export interface TeamRecord extends Team {
  memberRefs: string[];
}

/** The refs a caller may see, or everything (services). */
type Visible = Set<string> | 'everything';

/** Promises kept for `ttl` ms, at most `max` keys (the oldest dropped); failures are dropped. */
class ExpiringCache<T> {
  private readonly entries = new Map<
    string,
    { expiresAt: number; value: Promise<T> }
  >();

  constructor(private readonly ttl: number, private readonly max: number) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const cached = this.entries.get(key);
    if (cached && cached.expiresAt > now) {
      return cached.value;
    }
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { expiresAt: now + this.ttl, value });
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > this.max) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }
}

const MAX_CACHED_CALLERS = 500;

/**
 * The catalog seen as a customer list: eligible teams and their people, the platform tools,
 * and which teams adopt which tool. The company-wide picture is read in batches as the plugin,
 * once per cache period (companySnapshot.ts); what each caller is shown is narrowed to the
 * entities the catalog lets them see (two light reads per caller and cache period).
 */
export class CatalogDirectory {
  private readonly company: ExpiringCache<CatalogSnapshot>;
  private readonly people: ExpiringCache<People>;
  private readonly visibility: ExpiringCache<Visible>;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      teamFilter: CatalogFilter;
      toolFilter: CatalogFilter;
      cacheSeconds: number;
    },
  ) {
    const ttl = options.cacheSeconds * 1000;
    this.company = new ExpiringCache(ttl, 1);
    this.people = new ExpiringCache(ttl, 1);
    this.visibility = new ExpiringCache(ttl, MAX_CACHED_CALLERS);
  }

  /**
   * The plugin's own credentials: for company-wide facts, and on anonymous paths, where reading
   * with the person's credentials would put their name in the catalog's audit log beside the
   * anonymous write.
   */
  pluginCredentials(): Promise<BackstageCredentials> {
    return this.options.auth.getOwnServiceCredentials();
  }

  /**
   * Whether `userRef` is a User of the catalog. Reads every user ref at once, as the plugin, and
   * caches them: a lookup of one person would name them in the catalog's audit log.
   */
  async isPerson(userRef: string): Promise<boolean> {
    const people = await this.people.get('all', () => this.loadPeople());
    return people.refs.has(userRef.toLocaleLowerCase('en-US'));
  }

  /**
   * The User refs of people named by a user ref or an e-mail address (`spec.profile.email`),
   * case-insensitively, from the same cached list of every User: unknown names are left out.
   */
  async findPeople(names: string[]): Promise<Map<string, string>> {
    const people = await this.people.get('all', () => this.loadPeople());
    const found = new Map<string, string>();
    for (const name of names) {
      const key = name.toLocaleLowerCase('en-US');
      const ref = people.refs.get(key) ?? people.byEmail.get(key);
      if (ref) found.set(name, ref);
    }
    return found;
  }

  async listTeams(credentials: BackstageCredentials): Promise<TeamRecord[]> {
    return (await this.snapshot(credentials)).teams;
  }

  async listTools(credentials: BackstageCredentials): Promise<Tool[]> {
    return (await this.snapshot(credentials)).tools;
  }

  async getTool(
    toolRef: string,
    credentials: BackstageCredentials,
  ): Promise<Tool | undefined> {
    const tools = await this.listTools(credentials);
    return tools.find(tool => tool.ref === toolRef);
  }

  async getAdoption(
    credentials: BackstageCredentials,
  ): Promise<ToolAdoption[]> {
    return (await this.snapshot(credentials)).adoption;
  }

  /** A catalog Group by ref, whether or not it is an eligible team (e.g. the platform team). */
  async getGroup(
    groupRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity | undefined> {
    const entity = await this.options.catalog.getEntityByRef(groupRef, {
      credentials,
    });
    return entity?.kind.toLocaleLowerCase('en-US') === 'group'
      ? entity
      : undefined;
  }

  /**
   * Titles of the departments (the groups the caller's teams belong to) the caller may see:
   * read with the company snapshot, narrowed by the caller's cached visible refs.
   */
  async getDepartmentTitles(
    credentials: BackstageCredentials,
  ): Promise<Map<string, string>> {
    const { departments } = await this.snapshot(credentials);
    return departments;
  }

  /** The eligible teams `userRef` is a direct member of. */
  async getTeamsOf(
    userRef: string,
    credentials: BackstageCredentials,
  ): Promise<TeamRecord[]> {
    const teams = await this.listTeams(credentials);
    return teams.filter(team => team.memberRefs.includes(userRef));
  }

  async getViewer(
    credentials: BackstageCredentials<{ type: 'user'; userEntityRef: string }>,
  ): Promise<Viewer> {
    const userRef = credentials.principal.userEntityRef;
    const teams = await this.getTeamsOf(userRef, credentials);
    return { userRef, teamRefs: teams.map(team => team.ref) };
  }

  /**
   * What the caller may see of the company snapshot. The snapshot (teams with members, tools,
   * adoption: the expensive reads) is read once per cache period as the plugin, whoever asks;
   * each caller then costs two light reads of the refs they may see, so that no entity the
   * catalog hides from them is shown. Counts (adopting and eligible teams) stay company-wide.
   */
  private async snapshot(
    credentials: BackstageCredentials,
  ): Promise<CatalogSnapshot> {
    const company = await this.company.get('all', async () =>
      readCompany(this.options, await this.pluginCredentials()),
    );
    const visible = await this.visibleTo(credentials, [
      ...company.departments.keys(),
    ]);
    if (visible === 'everything' || seesAll(company, visible)) {
      return company;
    }
    return {
      departments: new Map(
        [...company.departments].filter(([ref]) => visible.has(ref)),
      ),
      teams: company.teams.filter(team => visible.has(team.ref)),
      tools: company.tools.filter(tool => visible.has(tool.ref)),
      adoption: company.adoption
        .filter(a => visible.has(a.toolRef))
        .map(a => ({
          ...a,
          teamRefs: a.teamRefs.filter(ref => visible.has(ref)),
        })),
    };
  }

  /**
   * Refs of the teams, tools and departments the caller may see (three light reads per caller
   * and cache period); services see everything.
   */
  private visibleTo(
    credentials: BackstageCredentials,
    departmentRefs: string[],
  ): Promise<Visible> {
    const principal = credentials.principal as { type: string };
    if (principal.type !== 'user') {
      return Promise.resolve('everything');
    }
    return this.visibility.get(callerKey(credentials), async () => {
      const { catalog, teamFilter, toolFilter } = this.options;
      const fields = ['kind', 'metadata.namespace', 'metadata.name'];
      const refsOf = (filter: CatalogFilter) =>
        catalog.getEntities({ filter, fields }, { credentials });
      const [teams, tools, departments] = await Promise.all([
        refsOf(teamFilter),
        refsOf(toolFilter),
        readGroupTitles(catalog, departmentRefs, credentials),
      ]);
      return new Set([
        ...[...teams.items, ...tools.items].map(e => stringifyEntityRef(e)),
        ...departments.keys(),
      ]);
    });
  }

  private async loadPeople(): Promise<People> {
    return readPeople(this.options.catalog, await this.pluginCredentials());
  }
}

/** Whether the caller may see every team, tool and department: the snapshot needs no filter. */
function seesAll(company: CatalogSnapshot, visible: Set<string>): boolean {
  return (
    company.teams.every(team => visible.has(team.ref)) &&
    company.tools.every(tool => visible.has(tool.ref)) &&
    [...company.departments.keys()].every(ref => visible.has(ref))
  );
}

function callerKey(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return `${principal.type}:${
    principal.userEntityRef ?? principal.subject ?? ''
  }`;
}

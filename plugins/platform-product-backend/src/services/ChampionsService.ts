import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  Champion,
  ChampionActivityType,
  ChampionActivitySummary,
  ChampionCoverage,
  ChampionProfile,
  ChampionStatus,
  CoverageSnapshot,
  Kudos,
  Nomination,
  Page,
  TeamCoverage,
} from 'backstage-plugin-platform-product-common';
import { CatalogDirectory, TeamRecord } from '../catalog/CatalogDirectory';
import { ChampionsStore } from '../database/ChampionsStore';
import { CreateOnce, plainly } from '../database/IdempotencyStore';
import { KeysetPage } from '../database/keyset';
import { EarlyAccess } from './EarlyAccess';
import { DomainEvents } from '../lib/DomainEvents';
import { UserCredentials } from '../lib/credentials';
import { Notice, notifyPeople } from '../lib/notify';
import { AppLinks } from '../lib/appLinks';

const DAY = 24 * 60 * 60 * 1000;
const ACTIVITY_WINDOW_DAYS = 90;

/**
 * The champions program: who champions which team (checked against the catalog), coverage of
 * the eligible teams, nominations, kudos and the activity log.
 */
export class ChampionsService {
  constructor(
    private readonly options: {
      store: ChampionsStore;
      directory: CatalogDirectory;
      earlyAccess: EarlyAccess;
      notifications: NotificationService;
      logger: LoggerService;
      target: { min: number; max: number };
      appLinks: AppLinks;
      events: DomainEvents;
      now?: () => Date;
    },
  ) {}

  /** The roster (active champions, alumni, or both), a page at a time. */
  async roster(
    filter: {
      status?: Champion['status'];
      teamRef?: string;
      userRef?: string;
    } & KeysetPage,
  ): Promise<Page<Champion>> {
    return this.options.store.pageChampions(filter);
  }

  /**
   * Coverage of the eligible teams: SQL counts joined with the cached catalog snapshot (no
   * catalog read per request).
   */
  async coverage(credentials: BackstageCredentials): Promise<ChampionCoverage> {
    const { directory, store, target } = this.options;
    const [teams, counts, titles] = await Promise.all([
      directory.listTeams(credentials),
      store.countActiveByTeam(),
      directory.getDepartmentTitles(credentials),
    ]);
    const departmentRefs = [
      ...new Set(teams.flatMap(t => (t.parentRef ? [t.parentRef] : []))),
    ];
    const teamCoverage = teams.map((team): TeamCoverage => {
      const champions = counts.get(team.ref) ?? 0;
      let state: TeamCoverage['state'] = 'covered';
      if (champions < 1) state = 'uncovered';
      else if (champions < target.min) state = 'below';
      else if (champions > target.max) state = 'above';
      return {
        teamRef: team.ref,
        title: team.title,
        departmentRef: team.parentRef,
        champions,
        state,
      };
    });
    const covered = (list: TeamCoverage[]) =>
      list.filter(t => t.state !== 'uncovered').length;
    return {
      eligibleTeams: teams.length,
      coveredTeams: covered(teamCoverage),
      coverage: teams.length ? covered(teamCoverage) / teams.length : 0,
      target,
      teams: teamCoverage,
      departments: departmentRefs.map(ref => {
        const inDepartment = teamCoverage.filter(t => t.departmentRef === ref);
        return {
          ref,
          title: titles.get(ref) ?? parseEntityRef(ref).name,
          eligibleTeams: inDepartment.length,
          coveredTeams: covered(inDepartment),
        };
      }),
    };
  }

  async coverageHistory(days: number): Promise<CoverageSnapshot[]> {
    const since = new Date(this.now().getTime() - days * DAY);
    return this.options.store.coverageHistory(dayOf(since));
  }

  /** Records today's coverage, replacing today's earlier snapshot (one row per day). */
  async snapshotCoverage(credentials: BackstageCredentials): Promise<void> {
    const coverage = await this.coverage(credentials);
    await this.options.store.snapshotCoverage({
      day: dayOf(this.now()),
      eligibleTeams: coverage.eligibleTeams,
      coveredTeams: coverage.coveredTeams,
    });
  }

  /** Nominations, a page at a time: all of them for maintainers, else the caller's own. */
  async nominations(
    filter: { status?: Nomination['status'] } & KeysetPage,
    access: { credentials: UserCredentials; manage: boolean },
  ): Promise<Page<Nomination>> {
    return this.options.store.listNominations({
      ...filter,
      involving: access.manage
        ? undefined
        : access.credentials.principal.userEntityRef,
    });
  }

  /**
   * Nominates a person for a team they are a member of (per the catalog). People nominate
   * themselves or a teammate; maintainers anyone.
   */
  async nominate(
    input: {
      nomineeRef: string;
      teamRef: string;
      reason: string;
      focusAreas: string[];
    },
    access: { credentials: UserCredentials; manage: boolean },
    once: CreateOnce = plainly,
  ): Promise<Nomination> {
    const { credentials } = access;
    const team = await this.teamOf(input.teamRef, 'teamRef', credentials);
    if (!team.memberRefs.includes(input.nomineeRef)) {
      throw new InputError(
        `Invalid body: nomineeRef: ${input.nomineeRef} is not a member of ${team.title}`,
      );
    }
    const nominatorRef = credentials.principal.userEntityRef;
    if (
      nominatorRef !== input.nomineeRef &&
      !team.memberRefs.includes(nominatorRef) &&
      !access.manage
    ) {
      throw new NotAllowedError(
        `You can nominate yourself or someone in your own team, not in ${team.title}`,
      );
    }
    const active = await this.options.store.listChampions({
      status: 'active',
      teamRef: input.teamRef,
      userRef: input.nomineeRef,
    });
    if (active.length) {
      throw new ConflictError(
        `${input.nomineeRef} is already a champion of ${team.title}`,
      );
    }
    const id = await once(tx =>
      this.options.store.nominate({ ...input, nominatorRef }, this.now(), tx),
    );
    if (input.nomineeRef !== nominatorRef) {
      await this.notify([input.nomineeRef], {
        topic: 'champion-nominated',
        title: `You were nominated as platform champion of ${team.title}`,
        description: input.reason,
      });
    }
    return this.findNomination(id);
  }

  async getNomination(id: number): Promise<Nomination> {
    return this.findNomination(id);
  }

  async approve(
    id: number,
    focusAreas: string[] | undefined,
    credentials: UserCredentials,
  ): Promise<Champion> {
    const championId = await this.options.store.approve(
      id,
      credentials.principal.userEntityRef,
      focusAreas,
      this.now(),
    );
    const champion = (await this.options.store.getChampion(championId))!;
    await this.notify([champion.userRef], {
      topic: 'champion-approved',
      title: `You are now a platform champion of ${await this.teamTitle(
        champion.teamRef,
        credentials,
      )}`,
      description:
        'Thank you! You get early access to roadmap items and changelog entries.',
    });
    await this.options.events.publish('champions.appointed.v1', {
      actorRef: credentials.principal.userEntityRef,
      championId,
      userRef: champion.userRef,
      teamRef: champion.teamRef,
    });
    return champion;
  }

  async decline(id: number, reason: string, credentials: UserCredentials) {
    const nomination = await this.findNomination(id);
    await this.options.store.decline(
      id,
      credentials.principal.userEntityRef,
      reason,
      this.now(),
    );
    await this.notify(
      [nomination.nomineeRef, nomination.nominatorRef],
      {
        topic: 'champion-declined',
        title: `The champion nomination for ${await this.teamTitle(
          nomination.teamRef,
          credentials,
        )} was declined`,
        description: `Why: ${reason}`,
      },
      credentials.principal.userEntityRef,
    );
    return (await this.options.store.getNomination(id))!;
  }

  /** A champion steps down themselves; maintainers move anyone to the alumni. */
  async retire(
    id: number,
    access: { credentials: UserCredentials; manage: boolean },
  ): Promise<Champion> {
    const champion = await this.options.store.getChampion(id);
    if (!champion) {
      throw new NotFoundError(`No champion with id ${id}`);
    }
    const self =
      champion.userRef === access.credentials.principal.userEntityRef;
    if (!self && !access.manage) {
      throw new NotAllowedError(
        'Only the champion or a maintainer can end a championship',
      );
    }
    if (!(await this.options.store.retire(id, this.now()))) {
      throw new ConflictError(`Champion ${id} is already an alumnus`);
    }
    return (await this.options.store.getChampion(id))!;
  }

  async giveKudos(
    input: { championRef: string; message: string },
    credentials: UserCredentials,
    once: CreateOnce = plainly,
  ): Promise<Kudos> {
    const fromRef = credentials.principal.userEntityRef;
    if (input.championRef === fromRef) {
      throw new InputError('Invalid body: championRef: cannot be yourself');
    }
    if (!(await this.options.store.isActiveChampion(input.championRef))) {
      throw new InputError(
        `Invalid body: championRef: ${input.championRef} is not an active champion`,
      );
    }
    const id = await once(tx =>
      this.options.store.addKudos({ ...input, fromRef }, this.now(), tx),
    );
    await this.notify([input.championRef], {
      topic: 'champion-kudos',
      title: 'You received kudos for championing the platform',
      description: input.message,
    });
    return this.getKudos(id);
  }

  async getKudos(id: number): Promise<Kudos> {
    const kudos = await this.options.store.getKudos(id);
    if (!kudos) {
      throw new NotFoundError(`No kudos with id ${id}`);
    }
    return kudos;
  }

  async kudos(
    filter: { championRef?: string } & KeysetPage,
  ): Promise<Page<Kudos>> {
    return this.options.store.listKudos(filter);
  }

  /** Logs something an active champion did; dates in the future are refused. */
  async logActivity(
    input: { type: ChampionActivityType; date: Date; note?: string },
    credentials: UserCredentials,
  ) {
    const userRef = credentials.principal.userEntityRef;
    if (!(await this.options.store.isActiveChampion(userRef))) {
      throw new NotAllowedError('Only active champions log activities');
    }
    if (input.date.getTime() > this.now().getTime() + DAY) {
      throw new InputError('Invalid body: date: must not be in the future');
    }
    const id = await this.options.store.logActivity(
      { ...input, userRef },
      this.now(),
    );
    return { id };
  }

  async activitySummary(): Promise<ChampionActivitySummary> {
    const since = new Date(this.now().getTime() - ACTIVITY_WINDOW_DAYS * DAY);
    return {
      since: since.toISOString(),
      ...(await this.options.store.summarizeActivities(since)),
    };
  }

  /** Whether the person is an active champion of some team. */
  async isActiveChampion(userRef: string): Promise<boolean> {
    return this.options.store.isActiveChampion(userRef);
  }

  /** Everyone who champions some team now, each once (e.g. a changelog entry's audience). */
  async activeChampionRefs(): Promise<string[]> {
    return this.options.store.activeChampionRefs();
  }

  /** The team's active champions (the team's page in Insights). */
  async activeChampionsOf(teamRef: string): Promise<Champion[]> {
    return this.options.store.listChampions({ status: 'active', teamRef });
  }

  /** Champions appointed in [from, to), in roster order (the weekly digest). */
  async appointedBetween(from: Date, to: Date): Promise<Champion[]> {
    return this.options.store.appointedBetween(from, to);
  }

  async status(credentials: UserCredentials): Promise<ChampionStatus> {
    const userRef = credentials.principal.userEntityRef;
    const [championships, earlyAccess] = await Promise.all([
      this.options.store.listChampions({ userRef }),
      this.options.earlyAccess.mayAccess(credentials),
    ]);
    return { userRef, championships, earlyAccess };
  }

  async profile(userRef: string): Promise<ChampionProfile> {
    const [championships, kudos, activityCount] = await Promise.all([
      this.options.store.listChampions({ userRef }),
      this.options.store.listKudos({
        championRef: userRef,
        limit: 5,
        offset: 0,
      }),
      this.options.store.countActivities(userRef),
    ]);
    return {
      userRef,
      championships,
      recentKudos: kudos.items,
      kudosCount: kudos.totalCount,
      activityCount,
    };
  }

  /** Tells every active champion about new early-access content. */
  async announceEarlyAccess(message: { title: string; link: string }) {
    const champions = await this.options.store.activeChampionRefs();
    await this.notify(champions, {
      topic: 'early-access',
      title: message.title,
      description:
        'Early access for champions: have a look before everyone else.',
      link: message.link,
    });
  }

  private async teamOf(
    teamRef: string,
    field: string,
    credentials: BackstageCredentials,
  ): Promise<TeamRecord> {
    const teams = await this.options.directory.listTeams(credentials);
    const team = teams.find(t => t.ref === teamRef);
    if (!team) {
      throw new InputError(`Invalid body: ${field}: ${teamRef} is not a team`);
    }
    return team;
  }

  private async teamTitle(teamRef: string, credentials: BackstageCredentials) {
    const teams = await this.options.directory.listTeams(credentials);
    return teams.find(t => t.ref === teamRef)?.title ?? teamRef;
  }

  private async findNomination(id: number): Promise<Nomination> {
    const nomination = await this.options.store.getNomination(id);
    if (!nomination) {
      throw new NotFoundError(`No nomination with id ${id}`);
    }
    return nomination;
  }

  private async notify(
    people: string[],
    message: Omit<Notice, 'link'> & { link?: string },
    actorRef?: string,
  ) {
    await notifyPeople(
      this.options,
      people,
      {
        ...message,
        link: message.link ?? this.options.appLinks.page('champions'),
      },
      actorRef,
    );
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }
}

function dayOf(date: Date) {
  return date.toISOString().slice(0, 10);
}

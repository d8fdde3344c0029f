import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  Page,
  ResearchNote,
  ResearchNoteSummary,
  researchNoteInputSchema,
} from 'backstage-plugin-platform-product-common';
import { z } from 'zod';
import { CreateOnce, plainly } from '../database/IdempotencyStore';
import { KeysetPage } from '../database/keyset';
import {
  ResearchAsEvidence,
  ResearchFilter,
  ResearchStore,
  ResearchSearchText,
} from '../database/ResearchStore';
import type { ChampionsService } from './ChampionsService';
import type { EvidenceKindLoop } from './ClosingTheLoop';
import { UserCredentials } from '../lib/credentials';

export type { ResearchAsEvidence };

/** A research note as the shared schema parses it. */
export type ResearchNoteInputData = z.infer<typeof researchNoteInputSchema>;

/**
 * What the policy lets the caller do with research: read every note (`research.read`), write
 * any note (`research.write`), contribute notes of their own (`research.contribute`, for
 * active champions).
 */
export interface ResearchAccess {
  credentials: UserCredentials;
  read: boolean;
  write: boolean;
  contribute: boolean;
}

/**
 * The research log. Maintainers read and write every note; active champions may contribute:
 * log notes, and read and edit their own. Deleting is for maintainers.
 */
export class ResearchService {
  constructor(
    private readonly options: {
      store: ResearchStore;
      champions: Pick<ChampionsService, 'isActiveChampion'>;
      now?: () => Date;
    },
  ) {}

  /** The log for readers of research; a contributor's own notes for a contributor. */
  async list(
    filter: ResearchFilter & KeysetPage,
    access: ResearchAccess,
  ): Promise<Page<ResearchNoteSummary>> {
    if (access.read) return this.options.store.list(filter);
    await this.mustContribute(access);
    return this.options.store.list({ ...filter, authorRef: userOf(access) });
  }

  /** One note; 404 for a contributor's look at someone else's note. */
  async get(id: number, access: ResearchAccess): Promise<ResearchNote> {
    if (!access.read) await this.mustContribute(access);
    const note = await this.options.store.get(id);
    if (!note || (!access.read && note.authorRef !== userOf(access))) {
      throw new NotFoundError(`No research note with id ${id}`);
    }
    return note;
  }

  async create(
    input: ResearchNoteInputData,
    access: ResearchAccess,
    once: CreateOnce = plainly,
  ): Promise<ResearchNote> {
    if (!access.write) await this.mustContribute(access);
    const id = await once(tx =>
      this.options.store.create(input, userOf(access), this.now(), tx),
    );
    return this.get(id, access);
  }

  /** Replaces a note at `version` (409 when stale); a contributor edits their own notes only. */
  async update(
    id: number,
    input: ResearchNoteInputData & { version: number },
    access: ResearchAccess,
  ): Promise<ResearchNote> {
    if (!access.write) {
      const note = await this.get(id, access);
      if (note.authorRef !== userOf(access)) {
        throw new NotAllowedError('Only maintainers edit others’ notes');
      }
    }
    const { version, ...fields } = input;
    await this.options.store.update(id, version, fields, this.now());
    return this.get(id, access);
  }

  /** Deletes a note (the router lets only `research.write` holders ask). */
  async delete(id: number): Promise<void> {
    if (!(await this.options.store.delete(id))) {
      throw new NotFoundError(`No research note with id ${id}`);
    }
  }

  /** The notes among `ids` that exist, for roadmap evidence. */
  async asEvidence(ids: number[]): Promise<Map<number, ResearchAsEvidence>> {
    return this.options.store.asEvidence(ids);
  }

  /**
   * Closing the loop for linked notes and their quotes: their interviewees who agreed to be
   * named are told; a note names nobody else (its teams are not people to tell).
   */
  readonly evidenceLoop: EvidenceKindLoop = {
    recipients: (tx, ids) => this.options.store.namedIntervieweesOf(tx, ids),
  };

  /** A page of every note's searchable text, for the search collator. */
  async searchPage(
    page: KeysetPage,
  ): Promise<{ items: ResearchSearchText[]; nextCursor?: string }> {
    return this.options.store.searchPage(page);
  }

  /** Contributing takes the permission and being an active champion. */
  private async mustContribute(access: ResearchAccess) {
    const ok =
      access.contribute &&
      (await this.options.champions.isActiveChampion(userOf(access)));
    if (!ok) {
      throw new NotAllowedError(
        'Not allowed: research notes are for maintainers (platform-product.research.read) and active champions',
      );
    }
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }
}

function userOf(access: ResearchAccess) {
  return access.credentials.principal.userEntityRef;
}

/**
 * The one schema of the Dialogue Lens dataset. The data build, the data check, the sync,
 * the database and the tests all validate against it; the types below are derived from it.
 *
 * The dataset is untrusted input (it arrives over the network), so every string has a
 * bound, every link must be https, and ids must point at entities that exist (checked in
 * `check.ts`, which needs the whole set).
 */
import { z } from 'zod';
import { KINDS, LANGS, STATUSES } from './enums.ts';

export { KINDS, LANGS, STATUSES };

export const SCHEMA_VERSION = 1;

export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

export const Kind = z.enum(KINDS);
export type Kind = z.infer<typeof Kind>;

export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

/** lowercase, dotted: `tm.mejlis`, `nap.human-rights.2016-2020`, `dialogue.eu-tm-hrd.2020-06-18`. */
export const EntityId = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:[-][a-z0-9]+)*(?:\.[a-z0-9]+(?:[-][a-z0-9]+)*)+$/, 'ids are lowercase, dotted words');
export type EntityId = z.infer<typeof EntityId>;

export const HttpsUrl = z
  .string()
  .max(500)
  .refine((s) => {
    try {
      return new URL(s).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'links must be absolute https URLs');

/** A calendar date as precise as the source gives it: `2020`, `2020-06` or `2020-06-18`. */
export const PartialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD');

const Text = (max: number) => z.string().trim().min(1).max(max);

export const LocalizedText = (max: number) =>
  z.object({ en: Text(max), ru: Text(max).optional(), tk: Text(max).optional() }).strict();

/** The longest name or alias: the official names of some commissions run to 150 characters, in every language. */
const NAME_MAX = 200;

export const Alias = z
  .object({
    text: Text(NAME_MAX),
    lang: Lang,
    /**
     * A generic name ("Ministry of Foreign Affairs", "Supreme Court", Turkmen "mejlis" = session)
     * is linked only where the page is about Turkmenistan and no other country is named next to it.
     */
    generic: z.boolean().optional(),
    /** Match letter case exactly (short abbreviations that are also ordinary words). */
    caseSensitive: z.boolean().optional(),
  })
  .strict();
export type Alias = z.infer<typeof Alias>;

/** The dotted paths of the facts a source supports, e.g. `names.ru`, `dates.established`, `definition`. */
export const Source = z
  .object({
    url: HttpsUrl,
    title: Text(300),
    /** ISO date the source was published, where it says. */
    published: PartialDate.optional(),
    supports: z.array(Text(60)).min(1),
  })
  .strict();
export type Source = z.infer<typeof Source>;

export const Link = z.object({ title: Text(300), url: HttpsUrl, lang: Lang.optional() }).strict();
export type Link = z.infer<typeof Link>;

export const Dates = z
  .object({
    established: PartialDate.optional(),
    abolished: PartialDate.optional(),
    /** A plan's period, inclusive years. */
    periodStart: z.number().int().min(1991).max(2100).optional(),
    periodEnd: z.number().int().min(1991).max(2100).optional(),
    /** The day a dialogue round was held. */
    held: PartialDate.optional(),
  })
  .strict();

export const Relations = z
  .object({
    parent: EntityId.optional(),
    predecessor: EntityId.optional(),
    successor: EntityId.optional(),
    related: z.array(EntityId).optional(),
  })
  .strict();

export const Round = z
  .object({
    ordinal: z.number().int().min(1).max(100).optional(),
    place: Text(200).optional(),
    format: z.enum(['in-person', 'video-conference']).optional(),
    heads: z.object({ eu: Text(200).optional(), tm: Text(200).optional() }).strict().optional(),
    topics: z.array(Text(200)).max(40).optional(),
    /** Entities (institutions, plans) that the round's official texts mention. */
    mentions: z.array(EntityId).optional(),
  })
  .strict();

export const Entity = z
  .object({
    id: EntityId,
    kind: Kind,
    names: LocalizedText(NAME_MAX),
    aliases: z.array(Alias).max(80).default([]),
    definition: LocalizedText(400),
    dates: Dates.optional(),
    status: Status.optional(),
    relations: Relations.optional(),
    /** Dialogue rounds at which this entity was discussed or present. */
    rounds: z.array(EntityId).optional(),
    round: Round.optional(),
    links: z.array(Link).max(20).optional(),
    // The Dialogue's names vary page by page: each name is backed by the page that uses it.
    sources: z.array(Source).min(1).max(40),
    /** Where sources disagree or a fact is uncertain, said in plain words. */
    note: Text(600).optional(),
  })
  .strict();
export type Entity = z.infer<typeof Entity>;

export const Dataset = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version is semver MAJOR.MINOR.PATCH'),
    generatedAt: z.string().datetime(),
    entities: z.array(Entity).max(20000),
  })
  .strict();
export type Dataset = z.infer<typeof Dataset>;

export const Manifest = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    generatedAt: z.string().datetime(),
    dataset: z
      .object({
        path: z.string().min(1).max(200),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        bytes: z.number().int().positive(),
      })
      .strict(),
    counts: z.record(z.string(), z.number().int().nonnegative()),
    /** ECDSA P-256 / SHA-256 signature (base64) over the manifest without this field. */
    signature: z.string().max(200).optional(),
  })
  .strict();
export type Manifest = z.infer<typeof Manifest>;

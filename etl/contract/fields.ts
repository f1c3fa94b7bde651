// Field builders shared by every export contract. Each builder carries its own
// description so the data dictionary and the data package schema are generated
// from the very schema that validates the rows.
import { z } from "zod";

/** The first day the UN fielded a peacekeeping operation (UNTSO). */
export const EARLIEST_DATE = "1948-01-01";

export const ISO3_PATTERN = /^[A-Z]{3}$/;
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/;

const today = () => new Date().toISOString().slice(0, 10);

export const id = (description: string) =>
  z.string().trim().regex(ID_PATTERN, "expected 1-64 letters, digits or . _ : / -").meta({ description });

export const iso3 = (description: string) =>
  z.string().trim().regex(ISO3_PATTERN, "expected an ISO 3166 alpha-3 code such as MLI").meta({ description });

export const missionAcronym = (description: string) => z.string().trim().min(2).max(16).meta({ description });

/**
 * A calendar date, YYYY-MM-DD, neither before 1948 nor in the future. The bounds
 * are also stated as metadata so that the bulk validator can check them in SQL.
 */
export const pastDate = (description: string) =>
  z.iso
    .date()
    .refine((d) => d >= EARLIEST_DATE, `date is before ${EARLIEST_DATE}, the first peacekeeping operation`)
    .refine((d) => d <= today(), "date is in the future")
    .meta({ description, earliest: EARLIEST_DATE, notInFuture: true });

export const count = (description: string) =>
  z.coerce.number().int("expected a whole number").min(0, "expected zero or more").default(0).meta({ description });

/** A count that may be unknown: empty means "not known", never zero. */
export const knownCount = (description: string) =>
  z.coerce.number().int("expected a whole number").min(0, "expected zero or more").optional().meta({ description });

export const webAddress = (description: string) =>
  z
    .string()
    .trim()
    .max(2000)
    .regex(/^https?:\/\/\S+$/, "expected a web address starting with http:// or https://")
    .meta({ description, patternMessage: "etl.check.webAddress" });

export const currency = (description: string) =>
  z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, "expected an ISO 4217 currency code such as XOF")
    .meta({ description, patternMessage: "etl.check.currency" });

export const text = (description: string, restricted = false) =>
  z.string().max(20_000).meta({ description, restricted });

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z.enum(values).meta({ description });

/** A list field: JSON Lines carries an array; CSV carries the values separated by ";". */
export const list = <T extends z.ZodType>(item: T, description: string) =>
  z.array(item).meta({ description, separator: ";" });

// Type declarations for costshare-pg.

/** An exact amount of money: a decimal string, never a JavaScript number. */
export declare class Amount {
  constructor(amount: string | bigint, currency: string);
  static fromUnits(units: bigint | number, scale: number, currency: string): Amount;
  /** Major units as a decimal string, e.g. "1910000000.00". */
  readonly amount: string;
  /** ISO 4217 code, e.g. "USD". */
  readonly currency: string;
  /** Count of minor units at `scale`. */
  readonly units: bigint;
  readonly scale: number;
  toString(): string;
  toPostgres(): string;
  toJSON(): { amount: string; currency: string };
}

/** A half-open span of days [lower, upper); null is an infinite end. */
export declare class Period {
  constructor(lower: string | null, upper: string | null);
  /** First day, "YYYY-MM-DD", or null for -infinity. */
  readonly lower: string | null;
  /** Day after the last, "YYYY-MM-DD", or null for infinity. */
  readonly upper: string | null;
  contains(day: string): boolean;
  toString(): string;
  toPostgres(): string;
  toJSON(): { lower: string | null; upper: string | null };
}

export type LabelStyle = 'plain' | 'fy' | 'jfy' | 'split';

export declare class FiscalCalendar {
  constructor(month: number, day: number, endNaming: boolean, style: LabelStyle);
  readonly month: number;
  readonly day: number;
  readonly endNaming: boolean;
  readonly style: LabelStyle;
  /** The built-in name (jp, us_federal, ...) or null. */
  readonly name: string | null;
  toString(): string;
  toPostgres(): string;
  toJSON(): string;
}

export interface TypeParserTarget {
  setTypeParser(oid: number, format: 'text' | 'binary', parse: (value: any) => any): void;
}

export interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

/** OIDs of the four types in the connected database, by type name. */
export interface CostshareOids {
  currency: number;
  currency_amount: number;
  agreement_period: number;
  fiscal_calendar: number;
}

/**
 * Look up the types' OIDs and set their text and binary parsers on `target`
 * (the client itself by default, or pg.types for the whole process).
 */
export declare function registerTypes(
  client: Queryable, target?: TypeParserTarget, schema?: string | null): Promise<CostshareOids>;

export declare function parseAmount(text: string): Amount;
export declare function parsePeriod(text: string): Period;
export declare function parseFiscalCalendar(text: string): FiscalCalendar;
export declare function parseAmountBinary(value: Buffer): Amount;
export declare function parsePeriodBinary(value: Buffer): Period;
export declare function parseFiscalCalendarBinary(value: Buffer): FiscalCalendar;
export declare function parseCurrencyBinary(value: Buffer): string;

/**
 * The web proxy's vocabulary: its events and what it hands to monitoring. Browser-safe.
 */
import type { ClientIdentity, Verdict } from '../filtering/index.ts';
import type { SearchEngine } from './core/search-terms.ts';

/** One proxied request (or CONNECT tunnel) as the event log keeps it. */
export interface ProxyEvent {
  readonly at: number;
  readonly address: string;
  readonly client: ClientIdentity;
  /** `GET`, `POST`, `CONNECT`… */
  readonly method: string;
  readonly host: string;
  /** The path without its query string, where the proxy saw it (plain HTTP, inspected HTTPS). */
  readonly path: string | null;
  readonly verdict: Verdict;
  readonly category?: string;
  readonly list?: string;
  readonly rule?: string;
  /** Response bytes (or tunnel bytes both ways). */
  readonly bytes: number | null;
}

/** Where proxy events go: pushed on the hot path, written in batches elsewhere. */
export interface ProxyEventSink {
  record(event: ProxyEvent): void;
}

/** A search seen by the proxy, as monitoring takes it (see monitoring's `SearchCapture`). */
export interface ProxySearch {
  readonly at: number;
  readonly schoolId: string;
  readonly source: 'proxy';
  readonly engine: SearchEngine;
  readonly query: string;
  readonly host: string;
  readonly personId: string | null;
  readonly deviceId: string | null;
  readonly clientAddress: string | null;
  readonly groups: readonly string[];
}

/** Where searches go; never throws, never waits. */
export interface ProxySearchSink {
  search(capture: ProxySearch): void;
}

/** What the block page's forms do, wired by main/ to filtering's requests and safeguarding's concerns. */
export interface BlockActions {
  /** A temporary unblock request for the site, from the person (or their group when nobody signed in). */
  requestAccess(input: BlockActionInput): Promise<void>;
  /** A concern for the DSL team, with the block as context. */
  report(input: BlockActionInput): Promise<void>;
}

/** One form sent from a block page, after its token was checked. */
export interface BlockActionInput {
  readonly schoolId: string;
  readonly host: string;
  readonly url: string | null;
  readonly personId: string | null;
  readonly groupId: string | null;
  readonly category: string | null;
  readonly address: string;
  readonly message: string;
}

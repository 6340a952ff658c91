/** What the service worker and the pages and build share: its messages and its download lists. */

/** Messages to the pages: how a saved language stands. */
export type SaveMessage =
  | { type: 'status'; locale: string; saved: boolean; savedAt?: string; outdated?: boolean }
  | { type: 'progress'; locale: string; done: number; count: number }
  | { type: 'saved' | 'failed' | 'removed' | 'full'; locale: string };

/** One file of a language's download list (written by the build). */
export interface ListedFile {
  url: string;
  /** Bytes as sent (text gzipped). */
  bytes: number;
  /** Bytes as stored. */
  size: number;
  /** The file's content hash: what changed between two deploys. */
  hash: string;
}

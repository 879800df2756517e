import { randomBytes } from 'node:crypto';

/** 256 random bits, written as 43 base64url characters: safe in a URL path, impossible to guess. */
export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

export const feedTokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** The feed's address on the gateway; the gateway serves it (gateway/src/feeds/member-feed-route.ts). */
export function feedPath(token: string): string {
  return `/feeds/me/${token}.ics`;
}

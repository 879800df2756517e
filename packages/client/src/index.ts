export { type Client, ClientError, type ClientOptions, createClient } from './client';
export * from './generated/graphql';

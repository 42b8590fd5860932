// Test helpers shared by the apps' tests. Chromium's are in ./browser, so that
// tests without a browser do not load playwright.
export { graphqlData, postGraphQL, type GraphQLRequestOptions, type GraphQLResponse } from './graphql-http.ts';
export { page, redirect, startPageServer, type PageServer, type Route } from './page-server.ts';
export { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';
export { isCI } from './env.ts';

declare module 'virtual:search-index' {
  /** The MiniSearch index as JSON, built by tools/vite/searchIndex.ts. */
  const json: string;
  export default json;
}

/** `import path from './x.bin' with { type: 'file' }`: Bun gives the file's path (embedded by `bun build --compile`). */
declare module '*.bin' {
  const path: string;
  export default path;
}

/** `import text from './x.tsv' with { type: 'text' }`: Bun inlines the file's text (also in a compiled binary). */
declare module '*.tsv' {
  const text: string;
  export default text;
}
